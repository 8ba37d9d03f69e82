using ParallelLab.Reporting.History;
using ParallelLab.Reporting.Pages;
using ParallelLab.Reporting.Results;
using ParallelLab.TestSupport;

namespace ParallelLab.Reporting.Tests.History;

/// <summary>Histories stored through the real path and analysed: time steps, efficiency drops, the check's window, the report.</summary>
public sealed class HistoryAnalysisTests : IDisposable
{
    private const int Commits = 40;
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<HistorySeries> Analyse(Func<int, IReadOnlyList<BenchmarkResult>> resultsAt, int commits = Commits)
    {
        using HistoryStore store = HistoryStore.OpenForWriting(Path.Combine(_folder.Path, "history.db"));
        HistoryFixtures.Fill(store, _folder.Path, commits, resultsAt);
        return HistoryAnalysis.Of(store.Cases(), ChangePointOptions.Default);
    }

    /// <summary>A one-worker and a two-worker case per commit, each with the lab's noise, their true times given.</summary>
    private static Func<int, IReadOnlyList<BenchmarkResult>> Group(Func<int, double> oneWorker, Func<int, double> twoWorkers, int seed)
    {
        double[][] one = SameCommitNoise.History(Commits, oneWorker, seed);
        double[][] two = SameCommitNoise.History(Commits, twoWorkers, seed + 1000);
        return c => [Synthetic.Case("CpuThreads", "ParallelFor", 1, one[c]), Synthetic.Case("CpuThreads", "ParallelFor", 2, two[c])];
    }

    [Fact]
    public void A_slower_case_is_found_at_its_commit_and_the_check_flags_it_only_while_it_is_recent()
    {
        double[][] old = SameCommitNoise.Step(Commits, 20, 0.5, seed: 3);
        double[][] recent = SameCommitNoise.Step(Commits, 36, 0.5, seed: 4);

        IReadOnlyList<HistorySeries> series = Analyse(c => [Synthetic.Case("Serial", "Old", 1, old[c]), Synthetic.Case("Serial", "Recent", 1, recent[c])]);

        HistorySeries oldSeries = Assert.Single(series, s => s.Name.Contains(".Old(", StringComparison.Ordinal));
        HistorySeries recentSeries = Assert.Single(series, s => s.Name.Contains(".Recent(", StringComparison.Ordinal));
        Assert.Equal(20, Assert.Single(oldSeries.Changes).Index);
        Assert.True(oldSeries.IsWorse(oldSeries.Changes[0]));
        Assert.Null(oldSeries.RecentRegression(recentCommits: 10));
        ChangePoint regression = Assert.IsType<ChangePoint>(recentSeries.RecentRegression(recentCommits: 10));
        Assert.Equal(36, regression.Index);
        Assert.Equal(HistoryFixtures.Commit(36).Sha, recentSeries.Commits[regression.Index].Sha);
    }

    [Fact]
    public void An_efficiency_drop_is_found_although_the_one_worker_time_did_not_change()
    {
        // Speedup 1.9 at two workers until commit 22, then 1.3; the one-worker time is flat.
        IReadOnlyList<HistorySeries> series = Analyse(Group(_ => 1, c => c < 22 ? 1 / 1.9 : 1 / 1.3, seed: 11));

        HistorySeries oneWorker = Assert.Single(series, s => s.LowerIsBetter && s.Name.Contains("Workers=1", StringComparison.Ordinal));
        HistorySeries efficiency = Assert.Single(series, s => !s.LowerIsBetter);
        Assert.Empty(oneWorker.Changes);
        Assert.Equal("efficiency at 2 workers", efficiency.Measure);
        ChangePoint drop = Assert.Single(efficiency.Changes);
        Assert.True(drop.FirstPossible <= 22 && 22 <= drop.LastPossible, $"the drop at 22 was placed at {drop.Index} ({drop.FirstPossible}–{drop.LastPossible})");
        Assert.True(efficiency.IsWorse(drop));
        Assert.InRange(drop.Ratio, 0.6, 0.8);
    }

    [Fact]
    public void A_flat_history_has_no_change_and_no_regression()
    {
        IReadOnlyList<HistorySeries> series = Analyse(Group(_ => 1, _ => 1 / 1.8, seed: 21));

        Assert.All(series, s => Assert.Empty(s.Changes));
        Assert.All(series, s => Assert.Null(s.RecentRegression(10)));
    }

    [Fact]
    public void Runs_on_a_busy_machine_are_left_out()
    {
        double[][] times = SameCommitNoise.History(12, _ => 1, seed: 5);
        IReadOnlyList<HistorySeries> series = Analyse(c => [c % 3 == 0 ? Synthetic.WithLoad(Synthetic.Case("Serial", "Acf", 1, [.. times[c].Select(t => t * 3)]), otherCores: 1.5) : Synthetic.Case("Serial", "Acf", 1, times[c])], commits: 12);

        HistorySeries time = Assert.Single(series);
        Assert.Equal(8, time.Commits.Count);
        Assert.Empty(time.Changes);
    }

    [Fact]
    public void The_report_lists_the_changes_newest_first_and_draws_every_series()
    {
        double[][] first = SameCommitNoise.Step(Commits, 12, 0.5, seed: 8);
        double[][] second = SameCommitNoise.Step(Commits, 30, -0.4, seed: 9);
        IReadOnlyList<HistorySeries> series = Analyse(c => [Synthetic.Case("Serial", "First", 1, first[c]), Synthetic.Case("Serial", "Second", 1, second[c])]);
        string output = Path.Combine(_folder.Path, "report");

        string index = HistoryReportWriter.Write(series, [.. Enumerable.Range(0, Commits).Select(HistoryFixtures.Commit)], output, Path.Combine(_folder.Path, "history.db"));

        string markdown = File.ReadAllText(Path.Combine(output, "index.md"));
        Assert.Equal(Path.Combine(output, "index.html"), index);
        int newer = markdown.IndexOf($"| {HistoryFixtures.Commit(30).Abbreviated} (", StringComparison.Ordinal);
        int older = markdown.IndexOf($"| {HistoryFixtures.Commit(12).Abbreviated} (", StringComparison.Ordinal);
        Assert.True(newer > 0 && older > newer, "the changes are listed newest first");
        Assert.Contains("| faster |", markdown, StringComparison.Ordinal);
        Assert.Contains("| slower |", markdown, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(output, "plots"), "*.png").Length);
        Assert.All(Directory.GetFiles(Path.Combine(output, "plots"), "*.png"), png => Assert.True(new FileInfo(png).Length > 10_000));
        if (Environment.GetEnvironmentVariable("PARALLELLAB_KEEP_HISTORY_REPORT") is { Length: > 0 } keep)
        {
            CopyFolder(output, keep);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
