using System.Diagnostics;
using ParallelLab.Core.Machine;

namespace ParallelLab.Cli.Timing;

/// <summary>
/// Times a start-up at each worker count, as <see cref="ScalingMeasurement"/> times work: every
/// count once untimed first (the first start pays for loading the program's pages and the
/// parent's JIT), then rounds that take every count once in a turned order, so that a machine that
/// drifts touches every count alike. A start-up is short and its runs spread widely (a process
/// start waits on the kernel), so each count keeps its median, with the fastest beside it.
/// </summary>
public static class StartupMeasurement
{
    public static IReadOnlyList<StartupTiming> Measure(
        IReadOnlyList<int> workerCounts,
        int repetitions,
        Action<int> startAndStop,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workerCounts);
        ArgumentNullException.ThrowIfNull(startAndStop);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repetitions);

        progress?.Report($"warm-up: every worker count once ({workerCounts.Count} counts)");
        foreach (int workers in workerCounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            startAndStop(workers);
        }

        var times = workerCounts.ToDictionary(w => w, _ => new List<TimeSpan>(repetitions));
        var loads = workerCounts.ToDictionary(w => w, _ => new List<MachineLoad>(repetitions));
        for (int round = 0; round < repetitions; round++)
        {
            if (round % 10 == 0)
            {
                progress?.Report($"rounds {round + 1}–{Math.Min(round + 10, repetitions)} of {repetitions}: every worker count once each, in a turned order");
            }

            // As in ScalingMeasurement: what the host gives every core, probed while nothing runs.
            double withheld = ParallelCapacity.Withheld(Environment.ProcessorCount);
            foreach (int workers in ScalingMeasurement.RoundOrder(workerCounts, round))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // The workers are this process's children, reaped by the time it is read again: their CPU counts as its own.
                CpuSample before = CpuSample.Take([Environment.ProcessId]);
                var stopwatch = Stopwatch.StartNew();
                startAndStop(workers);
                times[workers].Add(stopwatch.Elapsed);
                loads[workers].Add(MachineLoad.Between(before, CpuSample.Take([Environment.ProcessId]), Environment.ProcessorCount) with { WithheldCores = withheld });
            }
        }

        return [.. workerCounts.Select(workers => new StartupTiming(workers, Median(times[workers]), times[workers].Min()) { Load = MachineLoad.Combine(loads[workers]) })];
    }

    /// <summary>The middle run; of an even number, the mean of the two middle ones.</summary>
    internal static TimeSpan Median(IReadOnlyList<TimeSpan> runs)
    {
        TimeSpan[] sorted = [.. runs.Order()];
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
