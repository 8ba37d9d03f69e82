using System.Diagnostics;
using ParallelLab.Core.Machine;

namespace ParallelLab.Cli.Timing;

/// <summary>One timed run of a timing report's case, and what else the machine did meanwhile.</summary>
internal static class MeasuredRun
{
    /// <summary>
    /// Runs <paramref name="run"/>, timing it and reading the machine just before and just after.
    /// This process and its descendants are the measured tree: a pool's workers count as its own,
    /// live or reaped by the second reading. <paramref name="withheldCores"/> is what the host
    /// probe (<see cref="ParallelCapacity"/>) found before the run.
    /// </summary>
    public static (T Result, TimeSpan Elapsed, MachineLoad Load) Time<T>(Func<T> run, double withheldCores)
    {
        CpuSample before = CpuSample.Take([Environment.ProcessId]);
        var stopwatch = Stopwatch.StartNew();
        T result = run();
        TimeSpan elapsed = stopwatch.Elapsed;
        MachineLoad load = MachineLoad.Between(before, CpuSample.Take([Environment.ProcessId]), Environment.ProcessorCount) with { WithheldCores = withheldCores };
        return (result, elapsed, load);
    }

    /// <summary><see cref="Time{T}"/> for a run that returns nothing (a start-up).</summary>
    public static (TimeSpan Elapsed, MachineLoad Load) Time(Action run, double withheldCores)
    {
        (_, TimeSpan elapsed, MachineLoad load) = Time(() => { run(); return 0; }, withheldCores);
        return (elapsed, load);
    }
}
