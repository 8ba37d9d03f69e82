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

    /// <summary>The live processes whose parent is <paramref name="parent"/> (from /proc; empty where there is none).</summary>
    public static IReadOnlyList<int> ChildrenOf(int parent)
    {
        if (!Directory.Exists("/proc"))
        {
            return [];
        }

        var children = new List<int>();
        foreach (string entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out int pid))
            {
                continue;
            }

            try
            {
                // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after its ')'.
                string stat = File.ReadAllText(Path.Combine(entry, "stat"));
                string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) == parent && fields[0] != "Z")
                {
                    children.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        return children;
    }
}
