using System.Diagnostics;

namespace ParallelLab.Paradigms.Runs;

/// <summary>
/// A quick timing report for the command line (BenchmarkDotNet is the careful one): runs the serial
/// baseline and every engine a few times, keeps each one's fastest run (the least disturbed by
/// the rest of the machine), and refuses to time an engine whose result differs from serial.
/// </summary>
public static class ScalingMeasurement
{
    public static IReadOnlyList<RunTiming> Measure<T>(
        Func<T> serial,
        IEnumerable<EngineRun<T>> engines,
        Func<T, T, bool> sameResult,
        int repetitions,
        IProgress<string>? progress = null,
        string baseline = "serial")
    {
        ArgumentNullException.ThrowIfNull(serial);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(sameResult);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repetitions);

        progress?.Report(baseline);
        (T expected, TimeSpan serialTime, _) = Fastest<T>(repetitions, () => (serial(), []));
        var timings = new List<RunTiming> { new(baseline, 1, serialTime, [], serialTime) };
        foreach (EngineRun<T> engine in engines)
        {
            progress?.Report($"{engine.Engine}, {engine.Workers} worker{(engine.Workers == 1 ? "" : "s")}");
            (_, TimeSpan elapsed, IReadOnlyList<Phase> phases) = Fastest(repetitions, () =>
            {
                // Every repetition is checked, not only the fastest: a race may strike any run.
                (T result, IReadOnlyList<Phase> phases) = engine.Run();
                return sameResult(expected, result)
                    ? (result, phases)
                    : throw new ParadigmException($"{engine.Engine} with {engine.Workers} workers gave a result that differs from {baseline}");
            });

            timings.Add(new RunTiming(engine.Engine, engine.Workers, elapsed, phases, serialTime));
        }

        return timings;
    }

    private static (T Result, TimeSpan Elapsed, IReadOnlyList<Phase> Phases) Fastest<T>(int repetitions, Func<(T, IReadOnlyList<Phase>)> run)
    {
        (T Result, TimeSpan Elapsed, IReadOnlyList<Phase> Phases) best = default;
        for (int i = 0; i < repetitions; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            (T result, IReadOnlyList<Phase> phases) = run();
            TimeSpan elapsed = stopwatch.Elapsed;
            if (i == 0 || elapsed < best.Elapsed)
            {
                best = (result, elapsed, phases);
            }
        }

        return best;
    }
}
