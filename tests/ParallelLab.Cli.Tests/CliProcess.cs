using System.Diagnostics;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests;

/// <summary>The JIT-compiled CLI as a separate process, as a shell or a launcher such as mpiexec starts it.</summary>
internal static class CliProcess
{
    /// <summary>The CLI's assembly, built beside the tests.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "parallellab.dll");

    /// <summary><c>dotnet parallellab.dll ARGS</c>, both output streams captured.</summary>
    public static ProcessStartInfo StartInfo(params string[] args) => Command("dotnet", [Dll, .. args]);

    /// <summary><paramref name="program"/> with <paramref name="args"/>, both output streams captured.</summary>
    public static ProcessStartInfo Command(string program, params string[] args) => ChildProcess.Command(program, args);

    /// <summary>Runs to the end, or kills the whole tree and fails after <paramref name="limit"/>.</summary>
    public static (int ExitCode, string Output, string Error) Run(ProcessStartInfo start, TimeSpan limit) => ChildProcess.Run(start, limit);
}
