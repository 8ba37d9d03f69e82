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
}
