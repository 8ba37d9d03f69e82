using System.Diagnostics;

namespace ParallelLab.TestSupport;

/// <summary>What the tests ask of processes they did not start themselves (workers, job processes).</summary>
public static class ProcessIds
{
    /// <summary>Whether a process with this id exists and has not exited (a zombie already reaped by the runtime counts as gone).</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
