using ParallelLab.Paradigms.GlobalLock;
using ParallelLab.Paradigms.Http;

namespace ParallelLab.Paradigms.Runs;

/// <summary>The I/O-bound clients by name, for timing reports; "sequential" is the baseline.</summary>
public static class IoEngines
{
    public static IReadOnlyList<string> Names { get; } = ["blocking", "async", "gil"];

    public static FetchedBook[] Sequential(FetchAndCount job, IReadOnlyList<string> books) => IoClients.Sequential(job, books);

    public static IEnumerable<EngineRun<FetchedBook[]>> Clients(FetchAndCount job, IReadOnlyList<string> books, IReadOnlyList<string> engines, IReadOnlyList<int> workerCounts)
    {
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(workerCounts);
        foreach (string engine in engines)
        {
            Func<int, FetchedBook[]> run = engine switch
            {
                "blocking" => workers => IoClients.BlockingThreads(job, books, workers),
                "async" => workers => IoClients.AsyncBounded(job, books, workers).GetAwaiter().GetResult(),
                "gil" => workers => IoClients.UnderGlobalLock(job, books, workers, new GlobalInterpreterLock()),
                _ => throw new ArgumentException($"unknown client '{engine}' (known: {string.Join(", ", Names)})", nameof(engines)),
            };
            foreach (int workers in workerCounts)
            {
                yield return EngineRun.Whole(engine, workers, () => run(workers));
            }
        }
    }

    /// <summary>Same books, same bytes, same counts, in the same order.</summary>
    public static bool SameResult(FetchedBook[] expected, FetchedBook[] actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return expected.Length == actual.Length && expected.Zip(actual).All(pair =>
            pair.First.Name == pair.Second.Name
            && pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes)
            && pair.First.Counts.AsSpan().SequenceEqual(pair.Second.Counts));
    }
}
