using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Commands;

/// <summary>The pool and MPI commands, and that no worker process outlives a parent that is stopped or killed.</summary>
public partial class DistributedCommandTests(SmallCorpusDirectory corpus) : IClassFixture<SmallCorpusDirectory>
{
    [Fact]
    public void Mpi_acf_times_every_combination_against_serial()
    {
        CliRun run = CliRun.Of("mpi", "-n", "1,3", "acf", "--corpus", corpus.Path, "--repeat", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("every result identical to serial's", run.Output, StringComparison.Ordinal);
        Assert.Contains("reduce/buffers", run.Output, StringComparison.Ordinal);
        Assert.Equal(1 + (3 * 2 * 2), TableRows(run.Output).Length);
    }

    [Fact]
    public void Pool_acf_reports_start_up_apart_from_the_work()
    {
        CliRun run = CliRun.Of("pool", "acf", "--corpus", corpus.Path, "--workers", "2", "--repeat", "1", "--kernel", "fast", "--split", "lags", "--chunk", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"started 2 workers \(pids \d+ \d+\): start-up \d+–\d+ ms each", run.Output);
        Assert.Equal(["serial", "pool/once", "pool/per-item"], TableRows(run.Output).Select(r => r.Split(' ')[0]));
    }

    [Fact]
    public void Pool_wordcount_equals_serial()
    {
        CliRun run = CliRun.Of("pool", "wordcount", "--corpus", corpus.Path, "--workers", "2", "--repeat", "1", "--chunk", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, TableRows(run.Output).Length);
    }

    [Fact]
    public void Pool_startup_reports_each_worker_count_and_leaves_no_worker_behind()
    {
        int[] childrenBefore = [.. ProcessIds.ChildrenOf(Environment.ProcessId)];

        CliRun run = CliRun.Of("pool", "startup", "--workers", "1,3", "--repeat", "2");

        Assert.Equal(0, run.ExitCode);
        string[] rows = [.. run.Output.Split('\n').SkipWhile(line => !line.TrimStart().StartsWith("workers", StringComparison.Ordinal)).Skip(1).TakeWhile(line => line.Length > 0)];
        Assert.Equal(["1", "3"], rows.Select(row => row.TrimStart().Split(' ')[0]));
        Assert.Matches(@"^\s+3\s+\d+\.\d ms\s+\d+\.\d ms\s+\d+\.\d ms\s+-?\d+\.\d ms\s+\d+\.\d ms\s+(quiet|busy|\?)$", rows[1]);
        Assert.Matches(@"the pool's own share a worker \(per worker minus bare\): -?\d+\.\d ms at 1, -?\d+\.\d ms at 3", run.Output);
        Assert.Matches(@"3 bare programs at once took \d+\.\d× as long as one", run.Output);
        // Three processes started, each until it answered, and stopped: a millisecond at the very least.
        Assert.All(rows, row => Assert.True(double.Parse(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3], CultureInfo.InvariantCulture) >= 1, row));
        Assert.Contains("timing: warm-up: every worker count once (2 counts) ...", run.Error, StringComparison.Ordinal);
        // Workers only: tests of other classes run beside this one and start processes of their own.
        int[] left = [.. ProcessIds.ChildrenOf(Environment.ProcessId).Except(childrenBefore).Intersect(ProcessIds.WithArgumentContaining("ParallelLab.Worker")).Where(ProcessIds.IsRunning)];
        Assert.True(left.Length == 0, $"workers left: {string.Join(' ', left)}");
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("KILL")]
    public async Task No_worker_outlives_a_stopped_or_killed_parent(string signal)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "parallellab.dll"), "pool", "acf", "--corpus", corpus.Path, "--workers", "2", "--repeat", "1000" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process parent = Process.Start(start)!;
        string line = await parent.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) ?? string.Empty;
        int[] workers = [.. Pids().Match(line).Groups[1].Value.Split(' ').Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
        Assert.Equal(2, workers.Length);
        Assert.All(workers, pid => Assert.True(ProcessIds.IsRunning(pid)));

        using (Process kill = Process.Start("kill", [$"-{signal}", parent.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await parent.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (signal == "TERM")
        {
            // SIGTERM is an interruption like Ctrl+C: workers stopped, one line, exit 130.
            Assert.Equal(130, parent.ExitCode);
            Assert.EndsWith("parallellab: interrupted", (await parent.StandardError.ReadToEndAsync()).TrimEnd(), StringComparison.Ordinal);
        }

        // Killed or not, the workers end within seconds: on a closed pipe, or by their parent watchdog mid-item.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (workers.Any(ProcessIds.IsRunning) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.All(workers, pid => Assert.False(ProcessIds.IsRunning(pid), $"worker {pid} outlived its parent"));
    }

    [Fact]
    public async Task No_worker_outlives_a_killed_pool_startup()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "parallellab.dll"), "pool", "startup", "--workers", "4", "--repeat", "1000" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process parent = Process.Start(start)!;
        // Workers come and go every few milliseconds: catch some alive, then SIGKILL the parent at once.
        int[] workers = [];
        var seen = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (workers.Length == 0 && DateTime.UtcNow < seen)
        {
            workers = [.. ProcessIds.ChildrenOf(parent.Id).Intersect(ProcessIds.WithArgumentContaining("ParallelLab.Worker"))];
        }

        Assert.NotEmpty(workers);
        using (Process kill = Process.Start("kill", ["-KILL", parent.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await parent.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (workers.Any(ProcessIds.IsRunning) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.All(workers, pid => Assert.False(ProcessIds.IsRunning(pid), $"worker {pid} outlived its parent"));
    }

    private static string[] TableRows(string output) =>
        output.Split('\n').SkipWhile(line => !line.StartsWith("engine", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => line.Length > 0).ToArray();

    [GeneratedRegex(@"\(pids ([\d ]+)\)")]
    private static partial Regex Pids();
}
