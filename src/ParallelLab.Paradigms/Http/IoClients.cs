using ParallelLab.Paradigms.GlobalLock;
using ParallelLab.Paradigms.Threads;

namespace ParallelLab.Paradigms.Http;

/// <summary>
/// Three ways to fetch and count many books: one after another; a pool of blocking threads (the
/// lesson's <c>ThreadPoolExecutor</c>); and async/await with bounded concurrency, where no thread
/// waits at all while a request is in flight. Results come back in the order of the names.
/// </summary>
public static class IoClients
{
    public static FetchedBook[] Sequential(FetchAndCount job, IReadOnlyList<string> books)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(books);
        return books.Select(book => job.Run(book)).ToArray();
    }

    public static FetchedBook[] BlockingThreads(FetchAndCount job, IReadOnlyList<string> books, int workers)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(books);
        return BlockingThreadPool.Map(books.Count, workers, i => job.Run(books[i]));
    }

    /// <summary>At most <paramref name="concurrency"/> requests in flight; the first failure cancels the rest.</summary>
    public static async Task<FetchedBook[]> AsyncBounded(FetchAndCount job, IReadOnlyList<string> books, int concurrency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(books);
        var results = new FetchedBook[books.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, books.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, token) => results[i] = await job.RunAsync(books[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    /// <summary>Python threads under the global lock: waiting for the server releases it, counting holds it.</summary>
    public static FetchedBook[] UnderGlobalLock(FetchAndCount job, IReadOnlyList<string> books, int workers, GlobalInterpreterLock gil)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(books);
        return GilThreads.Map(books.Count, workers, gil, (i, checkpoint) => job.RunUnderGlobalLock(books[i], gil, checkpoint));
    }
}
