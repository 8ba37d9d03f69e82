using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// A number of each case's point in its scaling group (<see cref="ScalingPoint"/>): the same
/// method, other parameters and job at one worker is the reference. BenchmarkDotNet's Ratio
/// compares methods, not parameter values; these compare worker counts. "-" for a case in no group
/// (no worker axis, the baseline, no one-worker case).
/// </summary>
internal sealed class ScalingPointColumn(ScalingOptions options, string name, string legend, int priority, Func<ScalingPoint, double> value)
    : LabColumn(name, legend, priority)
{
    public override string Id => $"ParallelLab.{ColumnName}";

    /// <summary>S(p) = T(1) / T(p), Amdahl's speedup against one worker.</summary>
    public static ScalingPointColumn Speedup(ScalingOptions options) =>
        new(options, "Speedup", "T(1 worker) / T(this case): the same method, other parameters and job at one worker", 1, p => p.Speedup);

    /// <summary>E(p) = S(p) / p: the share of each worker's time that went into speedup.</summary>
    public static ScalingPointColumn Efficiency(ScalingOptions options) =>
        new(options, "Efficiency", "Speedup / workers: 1.00 is perfect scaling", 2, p => p.Efficiency);

    public override bool IsAvailable(Summary summary) => summary is not null && ScalingCases.Analyse(summary, options).HasAxis;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        ScalingCases.Analyse(summary, options).PointOf(benchmarkCase) is { } point ? ScalingCases.Analysed.Format(value(point)) : null;
}
