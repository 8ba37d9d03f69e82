using ParallelLab.Paradigms.Http;

namespace ParallelLab.Paradigms.Tests.Http;

/// <summary>
/// One patient request of each kind per server, so that the first (JIT-compiling) request of a
/// test run cannot trip the short time-outs the fault tests use.
/// </summary>
internal static class WarmUp
{
    public static async Task Once(Uri server)
    {
        using var client = new BookClient(server, new FetchOptions { Timeout = TimeSpan.FromSeconds(30) });
        string book = SmallCorpus.Names[0];
        client.Fetch(book);
        await client.FetchAsync(book);
    }
}
