using ParallelLab.Core.Machine;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Cli.Timing;

/// <summary>
/// The command line's quick timing report (BenchmarkDotNet is the careful one). First every case
/// (the serial baseline, and every engine at every worker count) runs once untimed, so that none
/// is timed cold while another was warm: whatever runs first would otherwise pay for the JIT, the
/// thread pool and the caches. Then the timed rounds: each round runs every case once, in an
/// order that turns from round to round, so that a machine that drifts (another program starts)
/// touches every case alike instead of the last ones. Each case keeps its fastest run (the least
/// disturbed), and what else the machine did over all its timed runs together (one run alone may
/// be too short for the kernel's 10 ms ticks to tell). Every run's result is checked against
/// the baseline's; an engine that differs is refused, not timed.
/// </summary>
public static class ScalingMeasurement
{
    public static IReadOnlyList<RunTiming> Measure<TWorkload, TResult>(
        EngineFamily<TWorkload, TResult> family,
        TWorkload workload,
        IEnumerable<Engine<TWorkload, TResult>> engines,
        IReadOnlyList<int> workerCounts,
        int repetitions,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(workerCounts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repetitions);

        var cases = new List<Case<TResult>> { new(family.Baseline, 1, () => new EngineOutput<TResult>(family.Serial(workload), [])) };
        foreach (Engine<TWorkload, TResult> engine in engines)
        {
            cases.AddRange(workerCounts.Select(workers => new Case<TResult>(engine.Name, workers, () => engine.RunWithPhases(workload, workers))));
        }

        progress?.Report($"warm-up: every case once ({cases.Count} cases)");
        TResult expected = default!;
        foreach (Case<TResult> c in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TResult result = c.Run().Result;
            if (ReferenceEquals(c, cases[0]))
            {
                expected = result;
            }
            else
            {
                family.Check(expected, result, c.Engine, c.Workers);
            }
        }

        for (int round = 0; round < repetitions; round++)
        {
            progress?.Report($"round {round + 1} of {repetitions}: every case once, in a turned order");
            // What the host gives threads on every core, probed while nothing runs (ParallelCapacity): a
            // host that runs the virtual CPUs by turns withholds cores no process of the guest's own takes.
            double withheld = ParallelCapacity.Withheld(Environment.ProcessorCount);
            foreach (Case<TResult> c in RoundOrder(cases, round))
            {
                // A run is seconds at most; Ctrl+C or SIGTERM is answered between runs.
                cancellationToken.ThrowIfCancellationRequested();
                (EngineOutput<TResult> output, TimeSpan elapsed, MachineLoad load) = MeasuredRun.Time(c.Run, withheld);
                // Every run is checked, not only the fastest: a race may strike any run.
                if (!ReferenceEquals(c, cases[0]))
                {
                    family.Check(expected, output.Result, c.Engine, c.Workers);
                }

                c.Keep(elapsed, output.Phases, load);
            }
        }

        TimeSpan serial = cases[0].Fastest;
        return [.. cases.Select(c => new RunTiming(c.Engine, c.Workers, c.Fastest, c.Phases, serial) { Load = MachineLoad.Combine(c.Loads) })];
    }

    /// <summary>
    /// Every other round runs backwards, and each round starts one case further on than the one
    /// before: over enough rounds no case is always first or always last, and neighbours change sides.
    /// </summary>
    internal static IEnumerable<T> RoundOrder<T>(IReadOnlyList<T> cases, int round)
    {
        ArgumentNullException.ThrowIfNull(cases);
        bool backwards = round % 2 == 1;
        int offset = round + (backwards ? 1 : 0);
        IEnumerable<T> turned = Enumerable.Range(0, cases.Count).Select(i => cases[(i + offset) % cases.Count]);
        return backwards ? turned.Reverse() : turned;
    }

    /// <summary>One engine at one worker count, and its fastest run so far.</summary>
    private sealed class Case<TResult>(string engine, int workers, Func<EngineOutput<TResult>> run)
    {
        public string Engine => engine;

        public int Workers => workers;

        public Func<EngineOutput<TResult>> Run => run;

        public TimeSpan Fastest { get; private set; } = TimeSpan.MaxValue;

        public IReadOnlyList<Phase> Phases { get; private set; } = [];

        public List<MachineLoad> Loads { get; } = [];

        public void Keep(TimeSpan elapsed, IReadOnlyList<Phase> phases, MachineLoad load)
        {
            Loads.Add(load);
            if (elapsed < Fastest)
            {
                (Fastest, Phases) = (elapsed, phases);
            }
        }
    }
}
