using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Commands;

/// <summary><c>report</c>, <c>compare</c> and <c>history</c> on BenchmarkDotNet results that are not the lab's (Foreign/README.md in the reporting tests).</summary>
public sealed class ForeignReportTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_foreign_report_finds_each_axis_and_never_looks_for_a_corpus()
    {
        string output = _folder.File("report");

        // A corpus that does not exist: the report must not need one.
        CliRun run = CliRun.Of("report", ForeignResults.Folder, "--output", output, "--corpus", _folder.File("no-corpus"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("4 scaling groups (2 judged), 12 charts from 15 cases\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", run.Error, StringComparison.Ordinal);
        string markdown = File.ReadAllText(Path.Combine(output, "index.md"));
        Assert.Contains("| Corpus | none (not the lab's benchmarks) |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("lesson", string.Join(' ', Directory.GetFiles(Path.Combine(output, "plots"))), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.File("no-corpus")));

        CliRun lesson = CliRun.Of("report", ForeignResults.Folder, "--output", _folder.File("with-lesson"), "--corpus", _folder.File("no-corpus"), "--lesson-plots");
        Assert.Equal(1, lesson.ExitCode);
    }

    [Fact]
    public void The_named_baseline_gives_speedup_against_serial()
    {
        string output = _folder.File("report");

        CliRun run = CliRun.Of("report", ForeignResults.File("ParallelSum"), "--output", output, "--baseline-method", "Loop");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("1 scaling groups (1 judged)", run.Output, StringComparison.Ordinal);
        string row = File.ReadAllLines(Path.Combine(output, "index.md")).First(l => l.StartsWith("| ParallelSum.PartitionedSum |", StringComparison.Ordinal));
        Assert.Matches(@"\| 2 \| 1\.60 \[1\.21, 2\.11\] \| 1\.7\d \[", row);
    }

    [Fact]
    public void Results_without_an_axis_are_reported_with_one_line_on_how_to_name_it()
    {
        CliRun run = CliRun.Of("report", ForeignResults.File("Sizes"), "--output", _folder.File("sizes"));
        CliRun named = CliRun.Of("report", ForeignResults.File("Sizes"), "--output", _folder.File("named"), "--axis", "Size");
        CliRun misspelt = CliRun.Of("report", ForeignResults.File("Sizes"), "--output", _folder.File("misspelt"), "--axis", "Sise");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("0 scaling groups (0 judged), 1 chart from 4 cases\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(["note: no worker axis (parameters seen: Function=cos|sin, Size=100000|1000000; no job variables); name it with --axis NAME, an integer parameter or a job's environment variable (understood without it: Threads, ThreadCount, Workers, DegreeOfParallelism, MaxDegreeOfParallelism, Parallelism, Cores, Processes, Ranks, Jobs, Tasks, or a job's OMP_NUM_THREADS, DOTNET_PROCESSOR_COUNT, DOTNET_GCHeapCount)"], run.ErrorLines.Where(l => !l.StartsWith("wrote ", StringComparison.Ordinal)));
        Assert.Equal(0, named.ExitCode);
        Assert.Contains("note: no scaling group has a case at 1 worker, the reference every speedup divides (Size: 100000, 1000000)", named.Error, StringComparison.Ordinal);
        Assert.Equal(1, misspelt.ExitCode);
        Assert.Equal(["parallellab: error: no case has a parameter or job variable 'Sise' holding a whole number of at least 1 (parameters seen: Function=cos|sin, Size=100000|1000000; no job variables)"], misspelt.ErrorLines);
        Assert.False(Directory.Exists(_folder.File("misspelt")));
    }

    [Fact]
    public void Compare_and_history_take_the_same_axis_and_baseline()
    {
        string db = _folder.File("history.db");

        CliRun compare = CliRun.Of("compare", ForeignResults.Folder, ForeignResults.Folder, "--axis", "ThreadCount", "--baseline-method", "Loop");
        CliRun add = CliRun.Of("history", "add", ForeignResults.Folder, "--commit", "0123abcd", "--date", "2026-12-01", "--db", db);
        CliRun check = CliRun.Of("history", "check", "--db", db, "--axis", "DegreeOfParallelism");
        CliRun misspelt = CliRun.Of("history", "check", "--db", db, "--axis", "Degree");

        Assert.Equal(0, compare.ExitCode);
        // Each case measured a few times: nothing to judge, and the closing line says so rather than "none".
        Assert.EndsWith("regression: not judged: none of the 15 cases measured in both sets could be (15 with too few iterations)\n", compare.Output, StringComparison.Ordinal);
        Assert.Equal(0, add.ExitCode);
        Assert.Equal(0, check.ExitCode);
        Assert.StartsWith("no regression", check.Output, StringComparison.Ordinal);
        Assert.Equal(1, misspelt.ExitCode);
        Assert.StartsWith("parallellab: error: no case has a parameter or job variable 'Degree'", Assert.Single(misspelt.ErrorLines), StringComparison.Ordinal);
    }
}
