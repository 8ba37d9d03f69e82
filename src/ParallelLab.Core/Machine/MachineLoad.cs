using System.Globalization;

namespace ParallelLab.Core.Machine;

/// <summary>
/// What the machine did during a measurement, in cores (CPU seconds per wall second): the cores the
/// measured processes really got, the cores other processes took, the cores the hypervisor stole,
/// and the one-minute load average at its end; with the machine's CPUs (<see cref="LogicalCores"/>,
/// where others may run) and the ones the measurement may use (<see cref="UsableCores"/>: fewer
/// under an affinity mask or a container's CPU limit), and the cores the host withheld. A
/// measurement "ran under contention" when others, steal or the host left it fewer cores than it
/// could use.
/// </summary>
public sealed record MachineLoad(double WallSeconds, double OwnCores, double OtherCores, double StealCores, double LoadAverage, int LogicalCores, int UsableCores)
{
    /// <summary>
    /// Cores others may take before a measurement counts as contended. A quarter of a core is
    /// beyond what a quiet machine's daemons use (a few hundredths), and taken from a run on two
    /// cores it costs up to 12 %, more than a quick job's noise between runs.
    /// </summary>
    public const double ToleratedCores = 0.25;

    /// <summary>
    /// The shortest window that can tell. The kernel counts CPU time in ticks of 10 ms, and the
    /// machine's total and a process's own apart: over 40 ms, one tick of disagreement is already
    /// a quarter of a core. Over half a second it is two hundredths.
    /// </summary>
    public const double ShortestWindowSeconds = 0.5;

    /// <summary>False where the machine's CPU time cannot be read (not Linux), or the window was too short to tell.</summary>
    public bool Known => double.IsFinite(OtherCores) && LogicalCores > 0 && WallSeconds >= ShortestWindowSeconds;

    /// <summary>
    /// Cores the host did not give: how far threads spinning on every usable core fell short of
    /// as many cores' worth of work (<see cref="ParallelCapacity"/>, measured before and after the
    /// case; the worse of the two). It sees, besides what others took, a host that runs the
    /// virtual CPUs by turns, which nothing else in the guest shows. 0 when not measured.
    /// </summary>
    public double WithheldCores { get; init; }

    /// <summary>Cores left to the measurement: all of the machine's less what was taken.</summary>
    public double FreeCores => LogicalCores - TakenCores;

    /// <summary>
    /// The cores the measurement could not have: others and steal together, or what the host
    /// withheld when that was more (the probe's shortfall already includes what others took).
    /// </summary>
    public double TakenCores => Math.Max(OtherCores + StealCores, WithheldCores);

    /// <summary>Cores' worth of work the host gave threads on every usable core: the usable cores less what it withheld.</summary>
    public double HostCapacity => Math.Max(0, UsableCores - WithheldCores);

    /// <summary>True when the host withheld more than others and steal account for.</summary>
    public bool HostWithheld => WithheldCores > OtherCores + StealCores;

    /// <summary>The measurement between two readings of the same process tree, by a process that may use <paramref name="usableCores"/>.</summary>
    public static MachineLoad Between(CpuSample before, CpuSample after, int usableCores)
    {
        double wall = (after.Timestamp - before.Timestamp) / (double)System.Diagnostics.Stopwatch.Frequency;
        double own = wall > 0 ? Math.Max(0, after.TreeSeconds - before.TreeSeconds) : 0;
        if (wall <= 0 || !before.MachineKnown || !after.MachineKnown)
        {
            return new MachineLoad(Math.Max(0, wall), wall > 0 ? own / wall : double.NaN, double.NaN, double.NaN, double.NaN, after.MachineCpus, usableCores);
        }

        // The tree's ticks and the machine's are counted apart by the kernel; clamp the small disagreement.
        double others = Math.Max(0, after.MachineBusySeconds - before.MachineBusySeconds - own);
        double steal = Math.Max(0, after.StealSeconds - before.StealSeconds);
        return new MachineLoad(wall, own / wall, others / wall, steal / wall, after.LoadAverage, after.MachineCpus, usableCores);
    }

    /// <summary>Several windows of one measurement (its repeated runs) as one: cores weighted by wall time, the highest load average.</summary>
    public static MachineLoad Combine(IReadOnlyList<MachineLoad> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        MachineLoad[] timed = [.. windows.Where(w => w.WallSeconds > 0)];
        if (timed.Length == 0)
        {
            throw new ArgumentException("no window with a duration", nameof(windows));
        }

        double wall = timed.Sum(w => w.WallSeconds);
        double Weighted(Func<MachineLoad, double> cores) => timed.Sum(w => cores(w) * w.WallSeconds) / wall;
        return new MachineLoad(wall, Weighted(w => w.OwnCores), Weighted(w => w.OtherCores), Weighted(w => w.StealCores), timed.Max(w => w.LoadAverage), timed[0].LogicalCores, timed[0].UsableCores)
        {
            WithheldCores = timed.Max(w => w.WithheldCores),
        };
    }

    /// <summary>Cores a measurement with this many workers can use: one per worker, at most the usable ones.</summary>
    public int CoresWanted(int workers) => Math.Clamp(workers, 1, Math.Max(1, UsableCores));

    /// <summary>True when others (and steal) left fewer cores than <paramref name="workers"/> could use, by more than <see cref="ToleratedCores"/>.</summary>
    public bool Contended(int workers) => Known && FreeCores < CoresWanted(workers) - ToleratedCores;

    /// <summary>
    /// "others took 0.98 of 2 cores", or "the host gave 2 threads 1.04 cores' worth of work": how
    /// the lab says what a busy machine took.
    /// </summary>
    public string TakenText => HostWithheld
        ? string.Create(CultureInfo.InvariantCulture, $"the host gave {UsableCores} threads {HostCapacity:F2} cores' worth of work")
        : string.Create(CultureInfo.InvariantCulture, $"others took {TakenCores:F2} of {LogicalCores} cores");
}
