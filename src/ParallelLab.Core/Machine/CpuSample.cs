using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ParallelLab.Core.Machine;

/// <summary>
/// One reading, at one instant, of the wall clock, the CPU time the whole machine used (and had
/// stolen by its hypervisor), the CPU time of the measured process tree, and the load average.
/// Two readings around a measurement make a <see cref="MachineLoad"/>. On Linux everything comes
/// from <c>/proc</c> (<see cref="ProcFiles"/>); elsewhere only the measured processes' own time is
/// known, and the machine's is not (<see cref="MachineKnown"/> false).
/// </summary>
/// <remarks>
/// The tree is found by parent links at each reading. A process that leaves it between two
/// readings (a daemon that detaches, an orphan adopted by init, a child never reaped) takes its
/// CPU time with it, which then counts as other processes' work: the lab's own engines do none
/// of these.
/// </remarks>
public readonly record struct CpuSample(long Timestamp, double MachineBusySeconds, double StealSeconds, double TreeSeconds, double LoadAverage, int MachineCpus, bool MachineKnown)
{
    private const int ClockTicksName = 2; // _SC_CLK_TCK in Linux's <unistd.h>

    private static readonly Lazy<double> TicksPerSecond = new(() =>
    {
        // USER_HZ is 100 on every Linux architecture .NET runs on; sysconf says so for certain.
        try
        {
            long ticks = SysConf(ClockTicksName);
            return ticks > 0 ? ticks : 100;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 100;
        }
    });

    /// <summary>
    /// Reads the machine now. The measured tree is <paramref name="roots"/> and all their
    /// descendants (a pool's workers, a workflow's jobs); any other process counts as "others".
    /// </summary>
    public static CpuSample Take(IReadOnlyCollection<int> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        if (OperatingSystem.IsLinux() && File.Exists("/proc/stat"))
        {
            try
            {
                return FromProc(roots);
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                // A /proc that does not read as proc(5) says (a sandbox's own): say nothing of the machine.
            }
        }

        return new CpuSample(Stopwatch.GetTimestamp(), double.NaN, double.NaN, OwnSeconds(roots), double.NaN, Environment.ProcessorCount, MachineKnown: false);
    }

    private static CpuSample FromProc(IReadOnlyCollection<int> roots)
    {
        long timestamp = Stopwatch.GetTimestamp();
        string[] stat = File.ReadAllLines("/proc/stat");
        (long busy, long steal) = ProcFiles.MachineTicks(stat.FirstOrDefault() ?? string.Empty);
        long tree = TreeTicks(roots);
        double load = ProcFiles.LoadAverage(File.ReadAllText("/proc/loadavg"));
        double hz = TicksPerSecond.Value;
        return new CpuSample(timestamp, busy / hz, steal / hz, tree / hz, load, ProcFiles.MachineCpus(stat), MachineKnown: true);
    }

    /// <summary>CPU ticks of the roots and every live descendant (each with the children it reaped).</summary>
    private static long TreeTicks(IReadOnlyCollection<int> roots)
    {
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (string directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out int pid))
            {
                continue;
            }

            try
            {
                (int parent, long used) = ProcFiles.ProcessTicks(File.ReadAllText(Path.Combine(directory, "stat")));
                parents[pid] = parent;
                ticks[pid] = used;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while the folder was listed.
            }
        }

        var inTree = new HashSet<int>(roots.Where(ticks.ContainsKey));
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach ((int pid, int parent) in parents)
            {
                if (inTree.Contains(parent) && inTree.Add(pid))
                {
                    grew = true;
                }
            }
        }

        return inTree.Sum(pid => ticks[pid]);
    }

    private static double OwnSeconds(IReadOnlyCollection<int> roots)
    {
        double seconds = 0;
        foreach (int pid in roots)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                seconds += process.TotalProcessorTime.TotalSeconds;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Gone already: nothing more to count.
            }
        }

        return seconds;
    }

    [DllImport("libc", EntryPoint = "sysconf")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern long SysConf(int name);
}
