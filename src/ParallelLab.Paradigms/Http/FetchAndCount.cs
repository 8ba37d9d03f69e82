using ParallelLab.Core.WordCount;

namespace ParallelLab.Paradigms.Http;

/// <summary>
/// The I/O-bound job: fetch one book, then count its words. Counting happens only after a
/// complete, verified body, so a retried request can never count a book twice; the counter of
/// counted books lets tests check that.
/// </summary>
public sealed class FetchAndCount(BookClient client)
{
    private long _counted;

    public BookClient Client { get; } = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Books counted so far.</summary>
    public long Counted => Interlocked.Read(ref _counted);

    public FetchedBook Run(string book, CancellationToken cancellationToken = default) => Count(book, Client.Fetch(book, cancellationToken));

    public async Task<FetchedBook> RunAsync(string book, CancellationToken cancellationToken = default) =>
        Count(book, await Client.FetchAsync(book, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Fetches with the lock released (the I/O part), then counts holding it (the CPU part).
    /// </summary>
    public FetchedBook RunUnderGlobalLock(string book, GlobalLock.GlobalInterpreterLock gil, Action checkpoint)
    {
        ArgumentNullException.ThrowIfNull(gil);
        byte[] bytes;
        using (gil.ReleaseForIo())
        {
            bytes = Client.Fetch(book);
        }

        return Count(book, bytes, checkpoint);
    }

    private FetchedBook Count(string book, byte[] bytes, Action? checkpoint = null)
    {
        WordTable counts = BookWordCounter.Count(bytes, book, checkpoint: checkpoint);
        Interlocked.Increment(ref _counted);
        return new FetchedBook(book, bytes, counts);
    }
}
