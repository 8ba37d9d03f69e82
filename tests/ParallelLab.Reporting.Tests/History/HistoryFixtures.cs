using ParallelLab.Reporting.History;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Tests.History;

/// <summary>Histories made through the real path: results written as BenchmarkDotNet's full JSON, read back, added to a store.</summary>
internal static class HistoryFixtures
{
    public static HistoryCommit Commit(int index) =>
        new($"{index:x4}{new string('a', 36)}", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(index));

    /// <summary>Adds, for each commit in turn, the results <paramref name="resultsAt"/> gives for it.</summary>
    public static void Fill(HistoryStore store, string folder, int commits, Func<int, IReadOnlyList<BenchmarkResult>> resultsAt, string machine = "test-machine")
    {
        for (int c = 0; c < commits; c++)
        {
            string file = Path.Combine(folder, $"commit-{c}-report-full.json");
            FixtureWriter.Write(file, resultsAt(c));
            store.Add(ResultSet.Load([file]), Commit(c), machine);
            File.Delete(file);
        }
    }
}
