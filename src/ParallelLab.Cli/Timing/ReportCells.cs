using System.Globalization;
using ParallelLab.Core.Machine;

namespace ParallelLab.Cli.Timing;

/// <summary>The cells every timing report writes alike: a time, and whether the machine was quiet.</summary>
internal static class ReportCells
{
    public static string Milliseconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:F1} ms");

    /// <summary>"quiet", "busy", or "?" where the machine could not be read (not Linux) or the runs were too short together to tell.</summary>
    public static string Machine(MachineLoad? load, bool contended) => load switch
    {
        null or { Known: false } => "?",
        _ when contended => "busy",
        _ => "quiet",
    };
}
