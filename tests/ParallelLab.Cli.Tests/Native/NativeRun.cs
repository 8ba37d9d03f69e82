using System.Diagnostics;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Native;

/// <summary>Runs the ahead-of-time compiled <c>parallellab</c> as a process and captures what it prints.</summary>
internal static class NativeRun
{
    public static CliRun Of(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(NativePrograms.FrontEnd)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"parallellab {string.Join(' ', args)} did not finish in 2 minutes");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
