using System.Diagnostics;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// Finds the worker (beside the running program, the ahead-of-time compiled ParallelLab.Worker
/// when it has been built, else ParallelLab.Worker.dll through the <c>dotnet</c> host; or the path
/// in <c>PARALLELLAB_WORKER</c>) and says how to start it.
/// </summary>
internal static class WorkerLauncher
{
    public const string WorkerVariable = "PARALLELLAB_WORKER";

    /// <summary>The worker program that <see cref="StartInfo"/> starts: the native executable, or the assembly run by the host.</summary>
    public static string ProgramPath(string? workerPath) => DotnetHost.ProgramPath("ParallelLab.Worker", WorkerVariable, workerPath);

    public static ProcessStartInfo StartInfo(string? workerPath)
    {
        string worker = ProgramPath(workerPath);
        if (!File.Exists(worker))
        {
            throw new ParadigmException($"worker executable '{worker}' not found; build src/ParallelLab.Worker or set {WorkerVariable}");
        }

        return DotnetHost.ChildStartInfo(worker, redirectInput: true);
    }
}
