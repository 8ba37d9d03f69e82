using System.Runtime.InteropServices;

namespace ParallelLab.Core.IO;

/// <summary>Whether a process the lab started (or was started by) still runs: for leftovers of killed runs and orphaned children.</summary>
public static class ProcessLiveness
{
    /// <summary>True while a process with this id exists and has not exited.</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>This process's parent (<c>getppid</c>, Linux and macOS): it changes when the parent dies and the process is re-parented.</summary>
    public static int ParentId() => GetParentProcessId();

    [DllImport("libc", EntryPoint = "getppid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetParentProcessId();
}
