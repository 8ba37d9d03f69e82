namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// The ids of the metrics the lab's BenchmarkDotNet configuration adds to every case (its
/// <c>MachineLoadRecorder</c>), which the full JSON report carries under <c>Metrics</c> and the
/// reporter reads back: what else the machine did while the case ran, when it ran, and whether
/// its class measures a cost rather than a speedup. Part of <see cref="BenchmarkConventions"/>.
/// </summary>
public static class LabMetrics
{
    /// <summary>
    /// Cores other processes used while the case ran, CPU seconds per wall second: the larger of
    /// the whole case (all its launches) and its measured iterations (the last launch), so that a
    /// burst during the measurement is not thinned out by the rest.
    /// </summary>
    public const string OtherCores = "ParallelLab.OtherCores";

    /// <summary>Cores the hypervisor took from this machine's virtual CPUs while the case ran.</summary>
    public const string StealCores = "ParallelLab.StealCores";

    /// <summary>Cores the host did not give threads spinning on every usable core (<see cref="Core.Machine.MachineLoad.WithheldCores"/>).</summary>
    public const string WithheldCores = "ParallelLab.WithheldCores";

    /// <summary>The one-minute load average at the end of the case.</summary>
    public const string LoadAverage = "ParallelLab.LoadAverage";

    /// <summary>Cores the benchmark's processes really got during the measured iterations of its last launch.</summary>
    public const string OwnCores = "ParallelLab.OwnCores";

    /// <summary>Wall seconds of the whole case, over which <see cref="OtherCores"/> was measured.</summary>
    public const string Seconds = "ParallelLab.Seconds";

    /// <summary>The machine's CPUs, where other processes may run.</summary>
    public const string Cores = "ParallelLab.Cores";

    /// <summary>The CPUs the benchmark could use (its affinity, its container's limit).</summary>
    public const string UsableCores = "ParallelLab.UsableCores";

    /// <summary>The case's place (1, 2, …) in its class's run order, which the lab shuffles so that drift does not look like scaling.</summary>
    public const string RunOrder = "ParallelLab.RunOrder";

    /// <summary>1 for a case of a class that measures a cost against a worker count (starting a pool), not a speedup.</summary>
    public const string CostAgainstWorkers = "ParallelLab.CostAgainstWorkers";

    /// <summary>1 for a case marked <c>[Benchmark(Baseline = true)]</c>: BenchmarkDotNet's JSON does not say which method is the baseline.</summary>
    public const string Baseline = "ParallelLab.Baseline";
}
