using System.Diagnostics;

namespace ParallelLab.Cli.Tests;

/// <summary>The real executable: exit codes and standard error as a shell sees them.</summary>
public class ProcessExitTests
{
    private static (int ExitCode, string Output, string Error) RunParallellab(params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "parallellab.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }

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
}
