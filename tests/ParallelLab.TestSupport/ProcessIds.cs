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

    /// <summary>The live processes one of whose arguments contains <paramref name="text"/> (from /proc/PID/cmdline).</summary>
    public static IReadOnlyList<int> WithArgumentContaining(string text)
    {
        if (!Directory.Exists("/proc"))
        {
            return [];
        }

        var found = new List<int>();
        foreach (string entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out int pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(entry, "cmdline")).Split('\0').Any(argument => argument.Contains(text, StringComparison.Ordinal)) && IsRunning(pid))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }

    /// <summary>
    /// <see cref="WithArgumentContaining"/> once the processes have had <paramref name="grace"/> to
    /// end: a launcher that has exited may still be delivering its last signals.
    /// </summary>
    public static IReadOnlyList<int> LeftWithArgumentContaining(string text, TimeSpan grace)
    {
        var deadline = DateTime.UtcNow + grace;
        IReadOnlyList<int> left = WithArgumentContaining(text);
        while (left.Count > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
            left = WithArgumentContaining(text);
        }

        return left;
    }
}
