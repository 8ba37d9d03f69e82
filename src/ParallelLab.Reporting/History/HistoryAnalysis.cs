using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.History;

/// <summary>
/// The history's series and their change points: each case's median time across commits, and each
/// scaling group's efficiency at its highest quiet worker count within the machine's cores, across commits (so that a group
/// that stops scaling is found even when its one-worker time did not move). A run measured while
/// other processes took cores it could use is left out, as <c>compare</c> leaves it out.
/// </summary>
public static class HistoryAnalysis
{
    public static IReadOnlyList<HistorySeries> Of(IReadOnlyList<CaseHistory> cases, ChangePointOptions options)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        var series = new List<HistorySeries>();
        series.AddRange(cases.Select(c => Times(c, options)).OfType<HistorySeries>());
        series.AddRange(cases.GroupBy(c => c.Machine).SelectMany(machine => Efficiencies(machine.Key, [.. machine], options)));
        return series;
    }

    private static HistorySeries? Times(CaseHistory history, ChangePointOptions options)
    {
        var commits = new List<HistoryCommit>();
        var values = new List<double>();
        var intervals = new List<(double, double)>();
        foreach (CommitPoint point in history.Points)
        {
            double[] samples = [.. point.Runs.Where(r => !WorkerAxis.Contended(r)).SelectMany(r => r.Nanoseconds).Where(v => v > 0)];
            if (samples.Length == 0)
            {
                continue;
            }

            commits.Add(point.Commit);
            values.Add(Samples.Median(samples));
            intervals.Add(MedianInterval(samples));
        }

        return commits.Count == 0 ? null
            : new HistorySeries(history.Key, "time", history.Machine, commits, values, intervals, LowerIsBetter: true, ChangePoints.Find(values, options, options.NoiseFloorNanoseconds));
    }

    private static IEnumerable<HistorySeries> Efficiencies(HistoryMachine machine, IReadOnlyList<CaseHistory> cases, ChangePointOptions options)
    {
        HistoryCommit[] commits = [.. cases.SelectMany(c => c.Points).Select(p => p.Commit).DistinctBy(c => c.Sha).OrderBy(c => c.Date)];
        var byGroup = new Dictionary<(string Group, int Workers), List<(HistoryCommit Commit, ScalingPoint Point)>>();
        foreach (HistoryCommit commit in commits)
        {
            BenchmarkResult[] results = [.. cases.SelectMany(c => c.Points.Where(p => p.Commit.Sha == commit.Sha).Select(p => p.Runs[^1]))];
            foreach (ScalingAnalysis analysis in ScalingGroup.From(results).Where(g => !g.MeasuresCost).Select(g => ScalingAnalysis.Of(g, machine.LogicalCores)).OfType<ScalingAnalysis>())
            {
                // More workers than cores cap efficiency by construction: the highest count the cores hold.
                ScalingPoint[] quiet = [.. analysis.Points.Where(p => p.Workers > 1 && !p.Contended && !p.Oversubscribed)];
                if (analysis.ReferenceContended || quiet.Length == 0)
                {
                    continue;
                }

                ScalingPoint highest = quiet.MaxBy(p => p.Workers)!;
                (string, int) key = (analysis.Group.Name, highest.Workers);
                if (!byGroup.TryGetValue(key, out var points))
                {
                    byGroup[key] = points = [];
                }

                points.Add((commit, highest));
            }
        }

        foreach (((string group, int workers), List<(HistoryCommit Commit, ScalingPoint Point)> points) in byGroup)
        {
            double[] values = [.. points.Select(p => Math.Max(p.Point.Efficiency, double.Epsilon))];
            yield return new HistorySeries(group, $"efficiency at {workers} workers", machine, [.. points.Select(p => p.Commit)], values,
                [.. points.Select(p => (p.Point.EfficiencyLow, p.Point.EfficiencyHigh))], LowerIsBetter: false, ChangePoints.Find(values, options, 0));
        }
    }

    /// <summary>
    /// A distribution-free 95 % interval of the median from order statistics: the k-th smallest and
    /// k-th largest, k = ⌊(n − 1.96 √n) / 2⌋ (the normal approximation of the binomial; Conover,
    /// W. J. Practical Nonparametric Statistics, 3rd ed., Wiley, 1999, §3.2); the extremes for n ≤ 5.
    /// </summary>
    internal static (double Low, double High) MedianInterval(IReadOnlyList<double> samples)
    {
        double[] sorted = [.. samples.Order()];
        int n = sorted.Length;
        int k = Math.Max(0, (int)Math.Floor((n - (1.96 * Math.Sqrt(n))) / 2));
        return (sorted[k], sorted[n - 1 - k]);
    }
}
