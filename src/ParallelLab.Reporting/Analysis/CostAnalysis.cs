using ParallelLab.Core.Machine;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// A group whose class measures what something costs against a worker count (starting a pool),
/// not a speedup (<see cref="ScalingGroup.MeasuresCost"/>): the time at each count, the time per
/// worker, and the added time of each further worker between measured counts. No speedup,
/// efficiency or law: more workers are meant to cost more.
/// </summary>
public sealed record CostAnalysis(ScalingGroup Group, IReadOnlyList<CostPoint> Points)
{
    public static CostAnalysis Of(ScalingGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var points = new List<CostPoint>();
        foreach ((int workers, var result) in group.Points)
        {
            double mean = result.Nanoseconds.Average();
            double? marginal = points.Count == 0 ? null : (mean - points[^1].MeanNanoseconds) / (workers - points[^1].Workers);
            points.Add(new CostPoint(workers, mean, marginal, result.Load));
        }

        return new CostAnalysis(group, points);
    }
}

/// <summary>One worker count of a cost: mean time, time per worker, the time each worker added since the previous count, and what else the machine did.</summary>
public sealed record CostPoint(int Workers, double MeanNanoseconds, double? AddedPerWorkerNanoseconds, MachineLoad? Load)
{
    public double PerWorkerNanoseconds => MeanNanoseconds / Workers;

    public bool Contended => Load?.Contended(Workers) == true;
}
