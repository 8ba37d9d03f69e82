using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>Parallel efficiency, E(p) = S(p) / p: the share of each worker's time that went into speedup (1 is perfect).</summary>
internal sealed class EfficiencyColumn(ScalingOptions options) : LabColumn("Efficiency", "Speedup / workers: 1.00 is perfect scaling", priorityInCategory: 2)
{
    public override bool IsAvailable(Summary summary) => summary is not null && ScalingCases.Analyse(summary, options).HasAxis;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        ScalingCases.Analyse(summary, options).PointOf(benchmarkCase) is { } point ? ScalingCases.Analysed.Format(point.Efficiency) : null;
}
