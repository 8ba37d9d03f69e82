using System.Diagnostics;
using ParallelLab.Paradigms;

namespace ParallelLab.Mpi;

/// <summary>
/// Starts <c>mpiexec.mpich -n N PROGRAM ARGS</c> for a user who would rather not type it
/// (<c>--launch N</c>): its output is the user's terminal, its exit code the command's, and
/// stopping the command (Ctrl+C) stops the whole job, so no rank outlives it.
/// </summary>
public static class MpiexecLauncher
{
    public const string DefaultProgram = "mpiexec.mpich";

    /// <summary>The id of the process that started the job, for its ranks to watch.</summary>
    public const string LauncherVariable = "PARALLELLAB_MPI_LAUNCHER";

    /// <param name="mpiexec">The launcher: a path, or a name looked up on PATH.</param>
    /// <returns>mpiexec's exit code.</returns>
    public static int Run(string mpiexec, int ranks, string program, IEnumerable<string> arguments, CancellationToken cancellation)
    {
        using Process job = Process.Start(StartInfo(mpiexec, ranks, program, arguments, capture: false)) ?? throw new ParadigmException($"could not start {mpiexec}");
        using CancellationTokenRegistration stop = cancellation.Register(() => job.Kill(entireProcessTree: true));
        job.WaitForExit();
        cancellation.ThrowIfCancellationRequested();
        return job.ExitCode;
    }

    /// <summary>A job whose output is kept rather than shown (a benchmark's), refused unless it succeeds.</summary>
    /// <returns>What the ranks printed on standard output.</returns>
    public static string RunCaptured(string mpiexec, int ranks, string program, IEnumerable<string> arguments)
    {
        using Process job = Process.Start(StartInfo(mpiexec, ranks, program, arguments, capture: true)) ?? throw new ParadigmException($"could not start {mpiexec}");
        Task<string> error = job.StandardError.ReadToEndAsync();
        string output = job.StandardOutput.ReadToEnd();
        job.WaitForExit();
        return job.ExitCode == 0
            ? output
            : throw new ParadigmException($"{mpiexec} -n {ranks} {program} … exited with {job.ExitCode}: {error.Result.Trim()}");
    }

    /// <summary>How to start a job whose output the caller reads (its ranks watch this process, as every job's do).</summary>
    public static ProcessStartInfo CapturedStartInfo(string mpiexec, int ranks, string program, IEnumerable<string> arguments) =>
        StartInfo(mpiexec, ranks, program, arguments, capture: true);

    private static ProcessStartInfo StartInfo(string mpiexec, int ranks, string program, IEnumerable<string> arguments, bool capture)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(Resolve(mpiexec)) { UseShellExecute = false, RedirectStandardOutput = capture, RedirectStandardError = capture };

        // Hydra passes the environment to the ranks, which abort the job if this process dies
        // (even by SIGKILL, which runs no handler here): no rank outlives the command.
        start.Environment[LauncherVariable] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (string argument in (string[])["-n", ranks.ToString(System.Globalization.CultureInfo.InvariantCulture), program, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string Resolve(string mpiexec)
    {
        if (mpiexec.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(mpiexec) ? mpiexec : throw new ParadigmException($"mpiexec '{mpiexec}' does not exist");
        }

        string? found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, mpiexec))
            .FirstOrDefault(File.Exists);
        return found ?? throw new ParadigmException($"{mpiexec} was not found on PATH; install MPICH with: sudo apt-get install mpich");
    }
}
