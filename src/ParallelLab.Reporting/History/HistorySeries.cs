namespace ParallelLab.Reporting.History;

/// <summary>
/// One measure across commits on one machine, oldest first: a case's median time (lower is
/// better) or a scaling group's efficiency at its highest worker count (higher is better), each
/// point with its 95 % interval, and the confirmed change points.
/// </summary>
public sealed record HistorySeries(
    string Name,
    string Measure,
    HistoryMachine Machine,
    IReadOnlyList<HistoryCommit> Commits,
    IReadOnlyList<double> Values,
    IReadOnlyList<(double Low, double High)> Intervals,
    bool LowerIsBetter,
    IReadOnlyList<ChangePoint> Changes)
{
    /// <summary>True when the change made the measure worse: slower, or less efficient.</summary>
    public bool IsWorse(ChangePoint change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return LowerIsBetter ? change.Ratio > 1 : change.Ratio < 1;
    }

    /// <summary>The commits between which the change happened: the last that may be before it and the first that may be after.</summary>
    public (HistoryCommit LastBefore, HistoryCommit FirstAfter) Range(ChangePoint change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return (Commits[Math.Max(0, change.FirstPossible - 1)], Commits[change.LastPossible]);
    }

    /// <summary>
    /// The newest segment began worse than the one before it, at one of the newest
    /// <paramref name="recentCommits"/> commits of the history: a regression still present.
    /// </summary>
    public ChangePoint? RecentRegression(int recentCommits) =>
        Changes.Count > 0 && IsWorse(Changes[^1]) && Changes[^1].Index >= Commits.Count - recentCommits ? Changes[^1] : null;
}
