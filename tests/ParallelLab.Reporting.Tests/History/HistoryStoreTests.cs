using Microsoft.Data.Sqlite;
using ParallelLab.Core.IO;
using ParallelLab.Reporting.History;
using ParallelLab.Reporting.Results;
using ParallelLab.TestSupport;

namespace ParallelLab.Reporting.Tests.History;

public sealed class HistoryStoreTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    private string Database => Path.Combine(_folder.Path, "history.db");

    public void Dispose() => _folder.Dispose();

    private ResultSet Results(params BenchmarkResult[] results)
    {
        string file = Path.Combine(_folder.Path, $"{Guid.NewGuid():N}-report-full.json");
        FixtureWriter.Write(file, results);
        return ResultSet.Load([file]);
    }

    [Fact]
    public void Raw_iterations_come_back_bit_for_bit_with_the_case_and_the_machine()
    {
        double[] awkward = [1.0 / 3, Math.PI * 1e6, 123456789.123456789, double.Epsilon * 3, 5e-324 * 7, 9.999999999999999e8, BitConverter.Int64BitsToDouble(0x412E848000000001)];
        BenchmarkResult written = Synthetic.Case("CpuThreads", "ParallelFor", 2, awkward) with { Metrics = new Dictionary<string, double> { ["Lab.RunOrder"] = 3, ["Lab.Missing"] = double.NaN } };
        ResultSet results = Results(written);

        using (HistoryStore store = HistoryStore.OpenForWriting(Database))
        {
            store.Add(results, HistoryFixtures.Commit(1), "box");
        }

        using HistoryStore reader = HistoryStore.OpenForReading(Database);
        CaseHistory stored = Assert.Single(reader.Cases());
        BenchmarkResult back = Assert.Single(Assert.Single(stored.Points).Runs);
        BenchmarkResult read = Assert.Single(results.Results);
        Assert.Equal(read.Nanoseconds.Select(BitConverter.DoubleToInt64Bits), back.Nanoseconds.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(read.Key, back.Key);
        Assert.Equal(read.JobEnvironment, back.JobEnvironment);
        Assert.Equal(3, back.Metrics["Lab.RunOrder"]);
        Assert.True(double.IsNaN(back.Metrics["Lab.Missing"]));
        Assert.Equal(read.RunStarted, back.RunStarted);
        Assert.Equal(new HistoryMachine("box", "Test CPU", 2, 2, "Test OS", ".NET 10.0"), stored.Machine);
        Assert.Equal(HistoryFixtures.Commit(1), Assert.Single(stored.Points).Commit);
    }

    [Fact]
    public void Adding_the_same_results_twice_changes_nothing()
    {
        ResultSet results = Results(Synthetic.Case("CpuThreads", "ParallelFor", 1, [1e6, 2e6]), Synthetic.Case("CpuThreads", "ParallelFor", 2, [1e6, 1.1e6]));
        using HistoryStore store = HistoryStore.OpenForWriting(Database);

        HistoryAddition first = store.Add(results, HistoryFixtures.Commit(1), "box");
        byte[] after = CopyOf(Database);
        HistoryAddition second = store.Add(results, HistoryFixtures.Commit(1), "box");

        Assert.Equal((2, 0), (first.Added, first.AlreadyStored));
        Assert.Equal((0, 2), (second.Added, second.AlreadyStored));
        Assert.Equal(after, CopyOf(Database));
        Assert.All(store.Cases(), c => Assert.Single(Assert.Single(c.Points).Runs));
    }

    [Fact]
    public void Commits_are_ordered_by_their_date_not_by_when_they_were_added()
    {
        using HistoryStore store = HistoryStore.OpenForWriting(Database);
        foreach (int c in new[] { 3, 1, 2 })
        {
            store.Add(Results(Synthetic.Case("Serial", "Acf", 1, [c * 1e6])), HistoryFixtures.Commit(c), "box");
        }

        Assert.Equal([1, 2, 3], store.Commits().Select(c => c.Date.Day - 1));
        Assert.Equal([1e6, 2e6, 3e6], Assert.Single(store.Cases()).Points.Select(p => p.Median));
    }

    [Fact]
    public void A_history_from_a_newer_version_is_refused_and_left_as_it_was()
    {
        using (HistoryStore.OpenForWriting(Database))
        {
        }

        Sql("PRAGMA user_version = 2");
        byte[] before = CopyOf(Database);

        InputException e = Assert.Throws<InputException>(() => HistoryStore.OpenForWriting(Database));

        Assert.Contains("newer ParallelLab (schema 2; this one knows up to 1)", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, CopyOf(Database));
    }

    [Fact]
    public void Another_database_or_another_file_is_not_taken_for_a_history()
    {
        Sql("CREATE TABLE notes (text TEXT)");
        Assert.Contains("not a ParallelLab history", Assert.Throws<InputException>(() => HistoryStore.OpenForWriting(Database)).Message, StringComparison.Ordinal);

        string text = Path.Combine(_folder.Path, "notes.txt");
        File.WriteAllText(text, "not a database at all, but long enough to have a first page of its own.\n");
        Assert.Contains("is not a database", Assert.Throws<InputException>(() => HistoryStore.OpenForWriting(text)).Message, StringComparison.Ordinal);
        Assert.Equal("not a database at all, but long enough to have a first page of its own.\n", File.ReadAllText(text));
        Assert.Contains("does not exist", Assert.Throws<InputException>(() => HistoryStore.OpenForReading(Path.Combine(_folder.Path, "missing.db"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_locked_by_another_process_is_reported_and_left_as_it_was()
    {
        using (HistoryStore store = HistoryStore.OpenForWriting(Database))
        {
            store.Add(Results(Synthetic.Case("Serial", "Acf", 1, [1e6])), HistoryFixtures.Commit(1), "box");
        }

        byte[] before = CopyOf(Database);
        using (var holder = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            holder.Open();
            using SqliteCommand exclusive = holder.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            exclusive.ExecuteNonQuery();

            InputException e = Assert.Throws<InputException>(() =>
            {
                using HistoryStore store = HistoryStore.OpenForWriting(Database);
                store.Add(Results(Synthetic.Case("Serial", "Acf", 1, [2e6])), HistoryFixtures.Commit(2), "box");
            });
            Assert.Contains("is locked by another process", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, CopyOf(Database));
    }

    [Fact]
    public void An_add_that_fails_half_way_stores_nothing_of_it()
    {
        using (HistoryStore store = HistoryStore.OpenForWriting(Database))
        {
            store.Add(Results(Synthetic.Case("Serial", "Acf", 1, [1e6])), HistoryFixtures.Commit(1), "box");
        }

        // The second measurement of the next add fails inside the transaction, after the commit and one case went in.
        Sql("CREATE TRIGGER fail_second BEFORE INSERT ON measurements WHEN (SELECT COUNT(*) FROM measurements) >= 2 BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        byte[] before = CopyOf(Database);

        using (HistoryStore store = HistoryStore.OpenForWriting(Database))
        {
            ResultSet two = Results(Synthetic.Case("Serial", "Acf", 1, [2e6]), Synthetic.Case("Serial", "Acf", 2, [1e6]));
            Assert.Contains("injected failure", Assert.Throws<InputException>(() => store.Add(two, HistoryFixtures.Commit(2), "box")).Message, StringComparison.Ordinal);
            Assert.Single(store.Commits());
            Assert.Single(Assert.Single(store.Cases()).Points);
        }

        Assert.Equal(before, CopyOf(Database));
    }

    private void Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static byte[] CopyOf(string path) => File.ReadAllBytes(path);
}
