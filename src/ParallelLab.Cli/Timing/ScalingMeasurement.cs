using System.Diagnostics;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Cli.Timing;

/// <summary>
/// The command line's quick timing report (BenchmarkDotNet is the careful one): runs the serial
/// baseline and every engine at every worker count a few times, keeps each one's fastest run (the
/// least disturbed by the rest of the machine), and refuses to time an engine whose result
/// differs from the baseline's.
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

        progress?.Report(family.Baseline);
        (TResult expected, TimeSpan serialTime, _) = Fastest(repetitions, () => new EngineOutput<TResult>(family.Serial(workload), []), cancellationToken);
        var timings = new List<RunTiming> { new(family.Baseline, 1, serialTime, [], serialTime) };
        foreach (Engine<TWorkload, TResult> engine in engines)
        {
            foreach (int workers in workerCounts)
            {
                progress?.Report($"{engine.Name}, {workers} worker{(workers == 1 ? "" : "s")}");
                // Every repetition is checked, not only the fastest: a race may strike any run.
                EngineOutput<TResult> CheckedRun()
                {
                    EngineOutput<TResult> output = engine.RunWithPhases(workload, workers);
                    family.Check(expected, output.Result, engine.Name, workers);
                    return output;
                }

                (_, TimeSpan elapsed, IReadOnlyList<Phase> phases) = Fastest(repetitions, CheckedRun, cancellationToken);

                timings.Add(new RunTiming(engine.Name, workers, elapsed, phases, serialTime));
            }
        }

        return timings;
    }

    private static (TResult Result, TimeSpan Elapsed, IReadOnlyList<Phase> Phases) Fastest<TResult>(int repetitions, Func<EngineOutput<TResult>> run, CancellationToken cancellationToken)
    {
        (TResult Result, TimeSpan Elapsed, IReadOnlyList<Phase> Phases) best = default;
        for (int i = 0; i < repetitions; i++)
        {
            // A run is seconds at most; Ctrl+C or SIGTERM is answered between runs.
            cancellationToken.ThrowIfCancellationRequested();
            var stopwatch = Stopwatch.StartNew();
            EngineOutput<TResult> output = run();
            TimeSpan elapsed = stopwatch.Elapsed;
            if (i == 0 || elapsed < best.Elapsed)
            {
                best = (output.Result, elapsed, output.Phases);
            }
        }

        return best;
    }
}
