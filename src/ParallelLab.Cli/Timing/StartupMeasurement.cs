using ParallelLab.Core.Machine;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Cli.Timing;

/// <summary>
/// Times a start-up at each worker count, as <see cref="ScalingMeasurement"/> times work: every
/// count once untimed first (the first start pays for loading the program's pages and the
/// parent's JIT), then rounds that take every count once in a turned order, so that a machine that
/// drifts touches every count alike. A start-up is short and its runs spread widely (a process
/// start waits on the kernel), so each count keeps its median, with the fastest beside it. When a
/// bare start is given (the same processes with nothing around them), each round times it too, at
/// every count, right after or right before the start-up in turns, so that both see the same machine.
/// </summary>
public static class StartupMeasurement
{
    /// <summary>
    /// Rounds between two probes of the host (<see cref="ParallelCapacity"/>, ~120 ms of spinning
    /// on every core): probing before every round would take longer than the start-ups it
    /// watches, and leave a host that rations CPU time less to give the run right after.
    /// </summary>
    private const int RoundsPerProbe = 10;

    public static IReadOnlyList<StartupTiming> Measure(
        IReadOnlyList<int> workerCounts,
        int repetitions,
        Action<int> startAndStop,
        Action<int>? bare = null,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workerCounts);
        ArgumentNullException.ThrowIfNull(startAndStop);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repetitions);
        int[] counts = [.. workerCounts.Distinct()];

        progress?.Report($"warm-up: every worker count once ({counts.Length} counts)");
        foreach (int workers in counts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            startAndStop(workers);
            bare?.Invoke(workers);
        }

        var times = counts.ToDictionary(w => w, _ => new List<double>(repetitions));
        var bareTimes = counts.ToDictionary(w => w, _ => new List<double>(repetitions));
        var loads = counts.ToDictionary(w => w, _ => new List<MachineLoad>(repetitions));
        var withheld = new List<double>();

        // The bare programs' load counts with the start-up's: a machine busy under either makes the count busy.
        void TimeBare(int workers)
        {
            (TimeSpan elapsed, MachineLoad load) = MeasuredRun.Time(() => bare!(workers), withheldCores: 0);
            bareTimes[workers].Add(elapsed.TotalMilliseconds);
            loads[workers].Add(load);
        }

        for (int round = 0; round < repetitions; round++)
        {
            if (round % RoundsPerProbe == 0)
            {
                int last = Math.Min(round + RoundsPerProbe, repetitions);
                progress?.Report(last == round + 1 ? $"round {last} of {repetitions}" : $"rounds {round + 1}–{last} of {repetitions}: every worker count once each, in a turned order");
                withheld.Add(ParallelCapacity.Withheld(Environment.ProcessorCount));
            }

            foreach (int workers in ScalingMeasurement.RoundOrder(counts, round))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Turned every round, and every block of rounds between two probes starts the
                // other way: the run right after a probe finds the host's rationing spent, and
                // neither the start-up nor the bare programs should always be that run.
                bool bareFirst = (round + (round / RoundsPerProbe)) % 2 == 1;
                if (bare is not null && bareFirst)
                {
                    TimeBare(workers);
                }

                (TimeSpan elapsed, MachineLoad load) = MeasuredRun.Time(() => startAndStop(workers), withheldCores: 0);
                times[workers].Add(elapsed.TotalMilliseconds);
                loads[workers].Add(load);
                if (bare is not null && !bareFirst)
                {
                    TimeBare(workers);
                }
            }
        }

        // The host's share, like the time, as the median of what was seen: one probe that came
        // off badly does not make fifty runs busy (MachineLoad.Combine would keep the worst).
        double hostWithheld = Samples.Median(withheld);
        return [.. counts.Select(workers => new StartupTiming(
            workers,
            TimeSpan.FromMilliseconds(Samples.Median(times[workers])),
            TimeSpan.FromMilliseconds(times[workers].Min()))
        {
            Bare = bare is null ? null : TimeSpan.FromMilliseconds(Samples.Median(bareTimes[workers])),
            Load = MachineLoad.Combine(loads[workers]) with { WithheldCores = hostWithheld },
        })];
    }
}
