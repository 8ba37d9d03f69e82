using System.Globalization;

namespace ParallelLab.Core.Machine;

/// <summary>
/// What the machine did during a measurement, in cores (CPU seconds per wall second): the cores the
/// measured processes really got, the cores other processes took, the cores the hypervisor stole,
/// and the one-minute load average at its end. A measurement "ran under contention" when others
/// and steal left it fewer cores than it could use.
/// </summary>
public sealed record MachineLoad(double WallSeconds, double OwnCores, double OtherCores, double StealCores, double LoadAverage, int LogicalCores)
{
    /// <summary>
    /// Cores others may take before a measurement counts as contended. A quarter of a core is
    /// beyond what a quiet machine's daemons use (a few hundredths), and taken from a run on two
    /// cores it costs up to 12 %, more than a quick job's noise between runs.
    /// </summary>
    public const double ToleratedCores = 0.25;

    /// <summary>False where the machine's CPU time cannot be read (not Linux): nothing is known of others.</summary>
    public bool Known => double.IsFinite(OtherCores) && LogicalCores > 0;

    /// <summary>Cores left to the measurement: all of them less what others took and what was stolen.</summary>
    public double FreeCores => LogicalCores - OtherCores - StealCores;

    /// <summary>The measurement between two readings of the same process tree.</summary>
    public static MachineLoad Between(CpuSample before, CpuSample after, int logicalCores)
    {
        double wall = (after.Timestamp - before.Timestamp) / (double)System.Diagnostics.Stopwatch.Frequency;
        if (wall <= 0)
        {
            return new MachineLoad(0, double.NaN, double.NaN, double.NaN, double.NaN, logicalCores);
        }

        double own = Math.Max(0, after.TreeSeconds - before.TreeSeconds);
        if (!before.MachineKnown || !after.MachineKnown)
        {
            return new MachineLoad(wall, own / wall, double.NaN, double.NaN, double.NaN, logicalCores);
        }

        // The tree's ticks and the machine's are counted apart by the kernel; clamp the small disagreement.
        double others = Math.Max(0, after.MachineBusySeconds - before.MachineBusySeconds - own);
        double steal = Math.Max(0, after.StealSeconds - before.StealSeconds);
        return new MachineLoad(wall, own / wall, others / wall, steal / wall, after.LoadAverage, logicalCores);
    }

    /// <summary>Cores a measurement with this many workers can use: one per worker, at most all of them.</summary>
    public int CoresWanted(int workers) => Math.Clamp(workers, 1, Math.Max(1, LogicalCores));

    /// <summary>True when others (and steal) left fewer cores than <paramref name="workers"/> could use, by more than <see cref="ToleratedCores"/>.</summary>
    public bool Contended(int workers) => Known && FreeCores < CoresWanted(workers) - ToleratedCores;

    /// <summary>"others took 0.98 of 2 cores (steal 0.00), load 1.52; it got 1.01".</summary>
    public string Describe() => Known
        ? string.Create(CultureInfo.InvariantCulture, $"others took {OtherCores:F2} of {LogicalCores} cores (steal {StealCores:F2}), load {LoadAverage:F2}; it got {OwnCores:F2}")
        : string.Create(CultureInfo.InvariantCulture, $"the machine's CPU time cannot be read here; it got {OwnCores:F2} cores");
}
