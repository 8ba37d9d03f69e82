using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.History;

/// <summary>
/// One case on one machine across commits, oldest first. A commit measured more than once keeps
/// every run; its point pools their iterations.
/// </summary>
public sealed class CaseHistory
{
    private CaseHistory(HistoryMachine machine, IReadOnlyList<CommitPoint> points)
    {
        Machine = machine;
        Points = points;
    }

    public HistoryMachine Machine { get; }

    public IReadOnlyList<CommitPoint> Points { get; }

    /// <summary>The case as the newest run names it.</summary>
    public BenchmarkResult Latest => Points[^1].Runs[^1];

    public string Key => Latest.Key;

    /// <summary>The runs in the order read (commits oldest first), grouped by commit.</summary>
    public static CaseHistory Of(HistoryMachine machine, IReadOnlyList<(HistoryCommit Commit, BenchmarkResult Result)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        CommitPoint[] points = [.. runs
            .GroupBy(r => r.Commit.Sha, StringComparer.Ordinal)
            .Select(g => new CommitPoint(g.First().Commit, [.. g.Select(r => r.Result)]))];
        return points.Length > 0 ? new CaseHistory(machine, points) : throw new ArgumentException("a case history needs at least one run", nameof(runs));
    }
}

/// <summary>A case at one commit: its runs, and their iterations pooled.</summary>
public sealed record CommitPoint(HistoryCommit Commit, IReadOnlyList<BenchmarkResult> Runs)
{
    public IReadOnlyList<double> Nanoseconds => [.. Runs.SelectMany(r => r.Nanoseconds)];

    public double Median => Samples.Median(Nanoseconds);
}
