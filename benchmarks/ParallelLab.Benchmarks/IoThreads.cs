using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Http;

namespace ParallelLab.Benchmarks;

/// <summary>
/// I/O-bound threads: fetch 16 books from a real HTTP server on loopback (injected latency) and
/// count their words. The baseline fetches one after another; a pool of blocking threads and
/// async/await overlap the waiting, and so do threads under the global lock, because waiting for
/// I/O releases it.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet's lifetime is [GlobalSetup]/[GlobalCleanup], which disposes the client and server.")]
public class IoThreads
{
    private static readonly EngineFamily<FetchWork, FetchedBook[]> Clients = EngineCatalogue.Fetch;

    private IoWorkload _io = null!;
    private BookClient _client = null!;
    private FetchWork _work = null!;

    public static IEnumerable<int> WorkerCountValues => WorkerCounts.PowersOfTwo(atLeast: 16);

    [ParamsSource(nameof(WorkerCountValues))]
    public int Workers { get; set; }

    [Params(50)]
    public int LatencyMs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _io = IoWorkload.StartAsync(CorpusWorkload.Current, TimeSpan.FromMilliseconds(LatencyMs)).GetAwaiter().GetResult();
        _client = new BookClient(_io.Server.BaseAddress);
        _work = new FetchWork(new FetchAndCount(_client), _io.Books);

        // The sequential baseline against the files and the serial kernel, then every client against it.
        FetchedBook[] sequential = Sequential();
        foreach (FetchedBook book in sequential)
        {
            if (!book.Bytes.AsSpan().SequenceEqual(_io.Bytes[book.Name]) || !book.Counts.SameRows(BookWordCounter.Count(_io.Bytes[book.Name], book.Name)))
            {
                throw new ParadigmException($"book '{book.Name}' arrived with other bytes or counts than the file's; not timing a wrong answer");
            }
        }

        Clients.CheckEngines(_work, sequential, Workers, Clients.Engines);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _io.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public FetchedBook[] Sequential() => Clients.Serial(_work);

    [Benchmark]
    public FetchedBook[] BlockingThreads() => Clients[EngineCatalogue.Blocking].Run(_work, Workers);

    [Benchmark]
    public FetchedBook[] AsyncAwait() => Clients[EngineCatalogue.Async].Run(_work, Workers);

    [Benchmark]
    public FetchedBook[] UnderGlobalLock() => Clients[EngineCatalogue.Gil].Run(_work, Workers);
}
