using ParallelLab.Paradigms.Runs;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.GlobalLock;
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
    private IoWorkload _io = null!;
    private BookClient _client = null!;
    private FetchAndCount _job = null!;

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
        _job = new FetchAndCount(_client);
        FetchedBook[][] runs = [Sequential(), BlockingThreads(), AsyncAwait().GetAwaiter().GetResult(), UnderGlobalLock()];
        foreach (FetchedBook[] run in runs)
        {
            foreach (FetchedBook book in run)
            {
                if (!book.Bytes.AsSpan().SequenceEqual(_io.Bytes[book.Name]))
                {
                    throw new InvalidOperationException($"book '{book.Name}' arrived with other bytes than the file's");
                }

                SameAsSerial.Check($"fetched {book.Name}", BookWordCounter.Count(_io.Bytes[book.Name], book.Name), book.Counts);
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _io.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public FetchedBook[] Sequential() => IoClients.Sequential(_job, _io.Books);

    [Benchmark]
    public FetchedBook[] BlockingThreads() => IoClients.BlockingThreads(_job, _io.Books, Workers);

    [Benchmark]
    public Task<FetchedBook[]> AsyncAwait() => IoClients.AsyncBounded(_job, _io.Books, Workers);

    [Benchmark]
    public FetchedBook[] UnderGlobalLock() => IoClients.UnderGlobalLock(_job, _io.Books, Workers, new GlobalInterpreterLock());
}
