using System.Globalization;

namespace ParallelLab.Core.Machine;

/// <summary>
/// The few lines of Linux's <c>/proc</c> the lab reads to know what else the machine did while it
/// measured (proc(5)): the machine's CPU time by kind, each process's CPU time and parent, and the
/// load average. Times are in clock ticks (USER_HZ). Parsing is kept apart from reading, so that
/// it is tested on known lines.
/// </summary>
/// <remarks>
/// proc(5), Linux man-pages 6.03: <c>/proc/stat</c> ("cpu" line: user nice system idle iowait irq
/// softirq steal guest guest_nice; guest time is already counted in user),
/// <c>/proc/[pid]/stat</c> (fields 4 ppid, 14 utime, 15 stime, 16 cutime, 17 cstime),
/// <c>/proc/loadavg</c>. https://man7.org/linux/man-pages/man5/proc.5.html
/// Interrupt time (irq, softirq) is left out of "busy": the kernel charges it to no process, so a
/// benchmark's own network or pipe traffic would otherwise count as other processes' work.
/// </remarks>
public static class ProcFiles
{
    /// <summary>Busy and stolen ticks of all CPUs together, from the first ("cpu") line of <c>/proc/stat</c>.</summary>
    public static (long Busy, long Steal) MachineTicks(string statLine)
    {
        ArgumentNullException.ThrowIfNull(statLine);
        string[] fields = statLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 9 || fields[0] != "cpu")
        {
            throw new FormatException($"not the cpu line of /proc/stat: '{statLine}'");
        }

        long Field(int i) => long.Parse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture);

        // user + nice + system: what processes ran; idle and iowait are time nobody ran.
        long busy = Field(1) + Field(2) + Field(3);
        return (busy, Field(8));
    }

    /// <summary>The machine's CPUs: the "cpuN" lines of <c>/proc/stat</c> (all of them, whatever this process may use).</summary>
    public static int MachineCpus(IEnumerable<string> statLines)
    {
        ArgumentNullException.ThrowIfNull(statLines);
        return statLines.Count(line => line.Length > 3 && line.StartsWith("cpu", StringComparison.Ordinal) && char.IsAsciiDigit(line[3]));
    }

    /// <summary>
    /// The parent and the CPU ticks of a process from its <c>/proc/[pid]/stat</c>: its own user and
    /// system time plus that of its children it waited for, so that a child which ended inside a
    /// window still counts. The command name may hold spaces and parentheses, so fields are counted
    /// from the last ')'.
    /// </summary>
    public static (int Parent, long Ticks) ProcessTicks(string stat)
    {
        ArgumentNullException.ThrowIfNull(stat);
        int close = stat.LastIndexOf(')');
        string[] fields = close < 0 ? [] : stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 15)
        {
            throw new FormatException($"not a /proc/[pid]/stat line: '{stat}'");
        }

        // fields[0] is field 3 (state), so field n is fields[n - 3].
        long Field(int n) => long.Parse(fields[n - 3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return ((int)Field(4), Field(14) + Field(15) + Field(16) + Field(17));
    }

    /// <summary>The one-minute load average, the first number of <c>/proc/loadavg</c>.</summary>
    public static double LoadAverage(string loadavg)
    {
        ArgumentNullException.ThrowIfNull(loadavg);
        string first = loadavg.Split(' ', 2)[0];
        return double.Parse(first, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
