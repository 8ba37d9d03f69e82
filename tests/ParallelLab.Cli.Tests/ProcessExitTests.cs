using System.Diagnostics;

namespace ParallelLab.Cli.Tests;

/// <summary>The real executable: exit codes and standard error as a shell sees them.</summary>
public class ProcessExitTests
{
    private static (int ExitCode, string Output, string Error) RunParallellab(params string[] args) =>
        CliProcess.Run(CliProcess.StartInfo(args), TimeSpan.FromMinutes(2));

    [Fact]
    public void A_missing_book_exits_1_with_one_line_and_no_stack_trace()
    {
        var (exitCode, output, error) = RunParallellab("wordcount", "/no/such/book.txt", "/tmp/out.dat");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("parallellab: error: book '/no/such/book.txt' does not exist", error.TrimEnd());
    }

    [Fact]
    public void Help_exits_0()
    {
        var (exitCode, output, _) = RunParallellab("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("wordcount", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unforeseen_failure_is_one_line_and_its_trace_only_on_request()
    {
        var failure = new InvalidOperationException("a bug\nover two lines");

        string line = CliApp.LastResort(failure);

        Assert.Equal($"parallellab: internal error: InvalidOperationException: a bug over two lines (set {CliApp.VerboseVariable}=1 for the details)", line);
    }

    [Fact]
    public void A_job_process_ends_soon_after_its_runners_sigkill_while_it_waits_for_input()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "parallellab.dll");
        string output = Path.Combine(Path.GetTempPath(), $"parallellab-orphan-{Guid.NewGuid():N}.dat");
        // sh stands for the workflow runner; "sleep" holds the job's book (its standard input) open and empty.
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"sleep 4 | ({ParallelLab.Paradigms.Processes.ParentWatchdog.ParentVariable}=$$ exec dotnet '{dll}' wordcount /dev/stdin '{output}') & echo $!; wait");
        using Process runner = Process.Start(start)!;
        int job = int.Parse(runner.StandardOutput.ReadLine()!, System.Globalization.CultureInfo.InvariantCulture);
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        Assert.True(TestSupport.ProcessIds.IsRunning(job));

        runner.Kill();
        var ending = Stopwatch.StartNew();
        while (TestSupport.ProcessIds.IsRunning(job) && ending.Elapsed < TimeSpan.FromSeconds(5)) // 250 ms of watchdog, plus a loaded machine's start-up
        {
            Thread.Sleep(50);
        }

        Assert.False(TestSupport.ProcessIds.IsRunning(job), "the job outlived its killed runner");
        Assert.False(File.Exists(output));
    }
}
