using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.GlobalLock;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Runs;

/// <summary>
/// The shared-memory engines by name, for timing reports: the four <see cref="ThreadStrategies"/>
/// and <see cref="GilEngine"/>, Python-style threads under the global lock.
/// </summary>
public static class SharedMemoryEngines
{
    public const string GilEngine = "gil";

    public static IReadOnlyList<string> Names { get; } = [.. ThreadStrategies.All.Select(s => s.Name), GilEngine];

    public static IEnumerable<EngineRun<double[]>> Acf(AcfWorkload workload, AcfSplit split, IReadOnlyList<string> engines, IReadOnlyList<int> workerCounts, TimeSpan? switchInterval = null)
    {
        ArgumentNullException.ThrowIfNull(workload);
        foreach ((string engine, int workers) in Cases(engines, workerCounts))
        {
            if (engine == GilEngine)
            {
                if (split == AcfSplit.Lags)
                {
                    throw new ArgumentException("the global-lock engine splits the ACF by word only", nameof(split));
                }

                yield return EngineRun.Whole(engine, workers, () => GilWorkloads.AcfOverWords(workload, workers, Lock(switchInterval)));
            }
            else
            {
                ThreadStrategy strategy = ThreadStrategies.ByName(engine);
                yield return EngineRun.Whole(engine, workers, () => split == AcfSplit.Words
                    ? ThreadedAcf.OverWords(workload, strategy, workers)
                    : ThreadedAcf.OverLags(workload, strategy, workers));
            }
        }
    }

    public static IEnumerable<EngineRun<WordCountEntry[]>> WordCount(WordCountWorkload workload, IReadOnlyList<string> engines, IReadOnlyList<int> workerCounts, TimeSpan? switchInterval = null)
    {
        ArgumentNullException.ThrowIfNull(workload);
        foreach ((string engine, int workers) in Cases(engines, workerCounts))
        {
            if (engine == GilEngine)
            {
                yield return EngineRun.Whole(engine, workers, () => GilWorkloads.WordCount(workload, workers, Lock(switchInterval)));
            }
            else
            {
                ThreadStrategy strategy = ThreadStrategies.ByName(engine);
                yield return new EngineRun<WordCountEntry[]>(engine, workers, () =>
                {
                    WordCountRun run = ThreadedWordCount.Run(workload, strategy, workers);
                    return (run.Table, [new Phase("count", run.Counting), new Phase("merge", run.Merging)]);
                });
            }
        }
    }

    private static GlobalInterpreterLock Lock(TimeSpan? switchInterval) => new(switchInterval ?? GlobalInterpreterLock.DefaultSwitchInterval);

    private static IEnumerable<(string Engine, int Workers)> Cases(IReadOnlyList<string> engines, IReadOnlyList<int> workerCounts)
    {
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(workerCounts);
        foreach (string engine in engines)
        {
            if (!Names.Contains(engine))
            {
                throw new ArgumentException($"unknown engine '{engine}' (known: {string.Join(", ", Names)})", nameof(engines));
            }
        }

        return engines.SelectMany(engine => workerCounts.Select(workers => (engine, workers)));
    }
}
