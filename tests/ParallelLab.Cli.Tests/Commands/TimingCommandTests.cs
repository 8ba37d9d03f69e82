using ParallelLab.Paradigms.Threads;

namespace ParallelLab.Cli.Tests.Commands;

/// <summary>The timing reports run every engine, check it against serial, and print one row per case.</summary>
public class TimingCommandTests(SmallCorpusDirectory corpus) : IClassFixture<SmallCorpusDirectory>
{
    [Theory]
    [InlineData("words")]
    [InlineData("lags")]
    public void Threads_acf_times_every_engine_against_serial(string split)
    {
        CliRun run = CliRun.Of("threads", "acf", "--corpus", corpus.Path, "--workers", "1,3", "--repeat", "1", "--split", split);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("every result identical to serial's", run.Output, StringComparison.Ordinal);
        string[] rows = TableRows(run.Output);
        int engines = ThreadStrategies.All.Count + (split == "words" ? 2 : 0); // nogil and gil split by word only
        Assert.Equal(1 + (engines * 2), rows.Length);
        Assert.StartsWith("serial", rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Python_threads_are_left_out_of_a_split_by_lag_with_a_note()
    {
        CliRun run = CliRun.Of("threads", "acf", "--corpus", corpus.Path, "--workers", "2", "--repeat", "1", "--split", "lags", "--engines", "gil,plinq,nogil");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("note: gil, nogil split by word only; left out", run.Error, StringComparison.Ordinal);
        Assert.Equal(["serial", "plinq"], TableRows(run.Output).Select(r => r.Split(' ')[0]));
    }

    [Fact]
    public void A_split_by_lag_with_only_python_threads_has_nothing_to_time()
    {
        CliRun run = CliRun.Of("threads", "acf", "--corpus", corpus.Path, "--split", "lags", "--engines", "gil");

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Contains("nothing to time: gil cannot split by lag", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Threads_wordcount_shows_the_merge_apart()
    {
        CliRun run = CliRun.Of("threads", "wordcount", "--corpus", corpus.Path, "--workers", "2", "--engines", "parallel-for,gil", "--repeat", "1");

        Assert.Equal(0, run.ExitCode);
        string[] rows = TableRows(run.Output);
        Assert.Equal(3, rows.Length);
        Assert.Contains("merge", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("gil", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_times_the_clients_against_sequential()
    {
        CliRun run = CliRun.Of("fetch", "--corpus", corpus.Path, "--books", "4", "--latency-ms", "1", "--workers", "1,4", "--repeat", "1");

        Assert.Equal(0, run.ExitCode);
        string[] rows = TableRows(run.Output);
        Assert.Equal(1 + (3 * 2), rows.Length);
        Assert.StartsWith("sequential", rows[0], StringComparison.Ordinal);
        Assert.Contains("timing: warm-up: every case once (7 cases) ...", run.Error, StringComparison.Ordinal);
        Assert.Contains("timing: round 1 of 1", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("threads", "acf", "--workers", "0", "--workers: '0' is not a count from 1 to 1024")]
    [InlineData("threads", "acf", "--workers", ",", "--workers: give at least one count")]
    [InlineData("threads", "acf", "--engines", ",", "--engines: give at least one of")]
    [InlineData("mpi", "-n", "0", "acf", "--ranks: '0' is not a count")]
    [InlineData("threads", "wordcount", "--engines", "fibers", "--engines: unknown 'fibers'")]
    [InlineData("fetch", "--clients", "carrier-pigeon", "", "--clients: unknown 'carrier-pigeon'")]
    [InlineData("threads", "acf", "--switch-interval-ms", "0.00001", "--switch-interval-ms must be between 1 and 60000")]
    public void Bad_lists_are_usage_errors(string command, string first, string second, string third, string message)
    {
        string[] args = new[] { command, first, second, third }.Where(a => a.Length > 0).ToArray();

        CliRun run = CliRun.Of(args);

        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.Contains(message, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void The_usage_hint_names_the_whole_command()
    {
        CliRun run = CliRun.Of("threads", "wordcount", "--workers", "x");

        Assert.Contains("Run 'parallellab threads wordcount --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Workflow_time_runs_each_job_mode_at_each_j_against_the_plain_loop()
    {
        CliRun run = CliRun.Of("workflow", "time", "--corpus", corpus.Path, "--workers", "1,2", "--repeat", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("every result identical to serial's", run.Output, StringComparison.Ordinal);
        Assert.Equal(["serial", "in-process", "in-process", "processes", "processes"], TableRows(run.Output).Select(r => r.Split(' ')[0]));
        Assert.Contains("workers = -j; speedup against the plain loop", run.Output, StringComparison.Ordinal);
    }

    private static string[] TableRows(string output) =>
        output.Split('\n').SkipWhile(line => !line.StartsWith("engine", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => line.Length > 0).ToArray();
}
