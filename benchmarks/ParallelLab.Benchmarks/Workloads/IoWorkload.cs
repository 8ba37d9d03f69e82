using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Http;

namespace ParallelLab.Benchmarks.Workloads;

/// <summary>
/// The I/O-bound job: the corpus's 16 smallest books served over loopback HTTP with injected
/// latency, so that waiting, not counting, dominates (16 × 50 ms = 0.8 s one after another).
/// </summary>
internal sealed class IoWorkload : IAsyncDisposable
{
    public const int BookCount = 16;

    private IoWorkload(BookServer server, IReadOnlyList<string> books, IReadOnlyDictionary<string, byte[]> bytes)
    {
        Server = server;
        Books = books;
        Bytes = bytes;
    }

    public BookServer Server { get; }

    /// <summary>The books' names, in fetch order.</summary>
    public IReadOnlyList<string> Books { get; }

    public IReadOnlyDictionary<string, byte[]> Bytes { get; }

    public static async Task<IoWorkload> StartAsync(CorpusWorkload corpus, TimeSpan latency)
    {
        Dictionary<string, byte[]> smallest = corpus.Corpus.Books
            .Select((book, index) => (book.Name, Bytes: corpus.Books[index]))
            .OrderBy(book => book.Bytes.Length)
            .Take(BookCount)
            .ToDictionary(book => book.Name, book => book.Bytes, StringComparer.Ordinal);
        BookServer server = await BookServer.StartAsync(smallest, new BookServerOptions { Latency = latency }).ConfigureAwait(false);
        return new IoWorkload(server, smallest.Keys.Order(StringComparer.Ordinal).ToArray(), smallest);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
