using System.Diagnostics;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// Finds the worker executable (ParallelLab.Worker.dll, beside the running program, or the path
/// in <c>PARALLELLAB_WORKER</c>) and the <c>dotnet</c> host to start it with.
/// </summary>
internal static class WorkerLauncher
{
    public const string WorkerVariable = "PARALLELLAB_WORKER";

    public static ProcessStartInfo StartInfo(string? workerPath)
    {
        string worker = DotnetHost.ProgramPath("ParallelLab.Worker.dll", WorkerVariable, workerPath);
        if (!File.Exists(worker))
        {
            throw new ParadigmException($"worker executable '{worker}' not found; build src/ParallelLab.Worker or set {WorkerVariable}");
        }

        var start = new ProcessStartInfo(DotnetHost.Path())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(worker);
        start.Environment.Add(ParentWatchdog.ForChild());
        return start;
    }
}
