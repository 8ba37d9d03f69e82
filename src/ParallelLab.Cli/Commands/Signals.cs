using System.Runtime.InteropServices;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// Sends SIGTERM, the polite stop that lets a process clean up (.NET's <c>Process.Kill</c> sends
/// only SIGKILL, after which a cluster's supervisor could not stop its engines or remove its file).
/// </summary>
internal static class Signals
{
    private const int SigTerm = 15;

    public static void Terminate(int pid)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new Paradigms.ParadigmException("stopping a cluster by signal needs Linux or macOS; press Ctrl+C where 'cluster start' runs");
        }

        if (Kill(pid, SigTerm) != 0)
        {
            throw new Paradigms.ParadigmException($"cannot signal process {pid}: error {Marshal.GetLastPInvokeError()}");
        }
    }

    // DllImport, as for OpenBLAS: LibraryImport would need unsafe code for two integers.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
