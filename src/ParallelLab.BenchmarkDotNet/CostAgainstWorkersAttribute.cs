namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// Marks a class that measures what something costs against a worker count (starting a pool of N
/// workers), not how work speeds up with it: the report charts its time per worker and draws no
/// speedup, efficiency or scaling law for it. BenchmarkDotNet's JSON does not carry categories,
/// so the mark travels as a metric (<see cref="ParallelLab.Reporting.Analysis.LabMetrics.CostAgainstWorkers"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CostAgainstWorkersAttribute : Attribute;
