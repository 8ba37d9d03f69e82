using System.Diagnostics;

namespace ParallelLab.Cli.Tests;

/// <summary>The JIT-compiled CLI as a separate process, as a shell or a launcher such as mpiexec starts it.</summary>
internal static class CliProcess
{
    /// <summary>The CLI's assembly, built beside the tests.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "parallellab.dll");

    /// <summary><c>dotnet parallellab.dll ARGS</c>, both output streams captured.</summary>
    public static ProcessStartInfo StartInfo(params string[] args) => Command("dotnet", [Dll, .. args]);

    /// <summary><paramref name="program"/> with <paramref name="args"/>, both output streams captured.</summary>
    public static ProcessStartInfo Command(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>Runs to the end, or kills the whole tree and fails after <paramref name="limit"/>.</summary>
    public static (int ExitCode, string Output, string Error) Run(ProcessStartInfo start, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(start);
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not end within {limit}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
