using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.History;

/// <summary><c>parallellab history add|report|check</c> end to end, on BenchmarkDotNet results derived from a real run.</summary>
public sealed class HistoryCommandTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Database => Path.Combine(_folder.Path, "history.db");

    /// <summary>The PoolStartup fixture with every iteration scaled by <paramref name="speed"/> and a seeded ±5 % noise, as a run started at <paramref name="started"/>.</summary>
    private string Results(string name, double speed, int seed, DateTime started)
    {
        JsonNode report = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "PoolStartup-report-full.json")))!;
        report["Title"] = "ParallelLab.Benchmarks.PoolStartup-" + started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var random = new Random(seed);
        foreach (JsonNode? measurement in report["Benchmarks"]!.AsArray().SelectMany(b => b!["Measurements"]!.AsArray()))
        {
            measurement!["Nanoseconds"] = measurement["Nanoseconds"]!.GetValue<double>() * speed * (0.95 + (0.1 * random.NextDouble()));
        }

        string folder = Path.Combine(_folder.Path, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "PoolStartup-report-full.json"), report.ToJsonString());
        return folder;
    }

    private CliRun Add(int commit, double speed, int seed) =>
        CliRun.Of("history", "add", Results($"commit-{commit}", speed, seed, new DateTime(2026, 11, 1).AddHours(commit)), "--commit", $"{commit:x8}",
            "--date", new DateTime(2026, 11, 1).AddDays(commit).ToString("O", CultureInfo.InvariantCulture), "--machine", "test-box", "--db", Database);

    [Fact]
    public void Add_report_and_check_on_a_history_with_a_recent_slowdown()
    {
        for (int commit = 0; commit < 20; commit++)
        {
            CliRun added = Add(commit, commit >= 16 ? 1.5 : 1, seed: commit);
            Assert.True(added.ExitCode == 0, added.Error);
        }

        CliRun again = CliRun.Of("history", "add", Path.Combine(_folder.Path, "commit-3"), "--commit", "00000003", "--date", new DateTime(2026, 11, 4).ToString("O", CultureInfo.InvariantCulture), "--machine", "test-box", "--db", Database);
        CliRun check = CliRun.Of("history", "check", "--db", Database);
        CliRun report = CliRun.Of("history", "report", "--db", Database, "--output", Path.Combine(_folder.Path, "report"));

        Assert.StartsWith("0 cases added, 3 already stored, for commit 00000003", again.Output, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 3, check.Output);
        string[] lines = check.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(3 == lines.Count(l => l.StartsWith("regression: PoolStartup.StartAndStop(Workers=", StringComparison.Ordinal) && l.Contains("from commit 00000010", StringComparison.Ordinal)), check.Output);
        Assert.True(report.ExitCode == 0, report.Error);
        Assert.StartsWith("20 commits, ", report.Output, StringComparison.Ordinal);
        string markdown = File.ReadAllText(Path.Combine(_folder.Path, "report", "index.md"));
        Assert.Contains("| 00000010 (2026-11-17) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| slower |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_passes_a_flat_history_and_an_old_slowdown()
    {
        for (int commit = 0; commit < 24; commit++)
        {
            Assert.Equal(0, Add(commit, commit >= 6 ? 1.5 : 1, seed: commit).ExitCode);
        }

        CliRun check = CliRun.Of("history", "check", "--db", Database);
        CliRun wider = CliRun.Of("history", "check", "--db", Database, "--recent", "20");

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.StartsWith("no regression: no series began a worse segment in the newest 10 commits (24 commits", check.Output, StringComparison.Ordinal);
        Assert.Equal(3, wider.ExitCode);
    }

    [Fact]
    public void Two_runs_of_a_commit_in_one_folder_are_both_kept_and_pooled()
    {
        Results(Path.Combine("interleaved", "1"), 1, 1, new DateTime(2026, 11, 20, 10, 0, 0));
        Results(Path.Combine("interleaved", "2"), 1, 2, new DateTime(2026, 11, 20, 10, 5, 0));

        CliRun added = CliRun.Of("history", "add", Path.Combine(_folder.Path, "interleaved"), "--commit", "0000abcd", "--date", "2026-11-20T00:00:00Z", "--db", Database);

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.StartsWith("6 cases added, 0 already stored", added.Output, StringComparison.Ordinal);
        using Reporting.History.HistoryStore store = Reporting.History.HistoryStore.OpenForReading(Database);
        Assert.All(store.Cases(), c => Assert.Equal(2, Assert.Single(c.Points).Runs.Count));
    }

    [Fact]
    public void A_commit_git_knows_is_resolved_to_its_full_hash_and_date()
    {
        string repository = Path.Combine(_folder.Path, "repository");
        Directory.CreateDirectory(repository);
        void Git(params string[] args)
        {
            var start = CliProcess.Command("git", ["-C", repository, "-c", "user.name=Test", "-c", "user.email=test@example.org", .. args]);
            start.Environment["GIT_COMMITTER_DATE"] = "2026-11-20T10:00:00+00:00";
            Assert.Equal(0, CliProcess.Run(start, TimeSpan.FromMinutes(1)).ExitCode);
        }

        Git("init", "-q");
        Git("commit", "-q", "--allow-empty", "-m", "first");
        string head = CliProcess.Run(CliProcess.Command("git", "-C", repository, "rev-parse", "HEAD"), TimeSpan.FromMinutes(1)).Output.Trim();
        var start = CliProcess.StartInfo("history", "add", Results("r", 1, 1, new DateTime(2026, 11, 20)), "--commit", "HEAD", "--db", Database, "--machine", "box");
        start.WorkingDirectory = repository;

        (int exit, string output, string error) = CliProcess.Run(start, TimeSpan.FromMinutes(1));

        Assert.True(exit == 0, error);
        Assert.StartsWith($"3 cases added, 0 already stored, for commit {head[..10]} (2026-11-20 10:00) on box", output, StringComparison.Ordinal);
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT sha FROM commits";
        Assert.Equal(head, command.ExecuteScalar());
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_read_only_history_is_refused_in_one_line_and_left_as_it_was()
    {
        Assert.Equal(0, Add(0, 1, seed: 1).ExitCode);
        File.SetUnixFileMode(Database, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        byte[] before = File.ReadAllBytes(Database);
        string results = Results("later", 1, 2, new DateTime(2026, 11, 30));
        string[] args = ["history", "add", results, "--commit", "0000000a", "--date", "2026-11-30T00:00:00Z", "--db", Database];
        // Root writes a file whatever its mode, so as root the CLI runs as "nobody" (util-linux's setpriv).
        bool root = Environment.UserName == "root";
        if (root)
        {
            File.SetUnixFileMode(_folder.Path, (UnixFileMode)0b111_111_111);
        }

        ProcessStartInfo start = root
            ? CliProcess.Command("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", CliProcess.Dll, .. args])
            : CliProcess.StartInfo(args);
        start.Environment["HOME"] = _folder.Path;
        start.Environment["DOTNET_CLI_HOME"] = _folder.Path;

        (int exit, _, string error) = CliProcess.Run(start, TimeSpan.FromMinutes(1));

        Assert.Equal(1, exit);
        Assert.Equal($"parallellab: error: history '{Database}' is read-only; nothing was changed", error.Trim());
        Assert.Equal(before, File.ReadAllBytes(Database));
    }
}
