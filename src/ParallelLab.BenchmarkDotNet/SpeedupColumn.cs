using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// Speedup against one worker, S(p) = T(1) / T(p), for every case with a worker axis: the same
/// method, other parameters and job at one worker is the reference. BenchmarkDotNet's Ratio
/// compares methods, not parameter values; this compares worker counts.
/// </summary>
internal sealed class SpeedupColumn(ScalingOptions options) : LabColumn("Speedup", "T(1 worker) / T(this case): the same method, other parameters and job at one worker", priorityInCategory: 1)
{
    public override bool IsAvailable(Summary summary) => summary is not null && ScalingCases.Analyse(summary, options).HasAxis;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        ScalingCases.Analyse(summary, options).PointOf(benchmarkCase) is { } point ? ScalingCases.Analysed.Format(point.Speedup) : null;
}
