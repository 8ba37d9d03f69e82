using System.Net;
using System.Net.Sockets;
using ParallelLab.Paradigms.Http;

namespace ParallelLab.Paradigms.Tests.Http;

/// <summary>Server and client faults: retried where sensible, named when final, never counted twice.</summary>
public class FaultTests
{
    // Short enough to keep the hang cases quick, long enough that an honest request on a loaded
    // 2-core CI machine (three test assemblies at once) is not taken for a hang.
    private static readonly FetchOptions Impatient = new() { Timeout = TimeSpan.FromSeconds(3), Attempts = 3, RetryDelay = TimeSpan.FromMilliseconds(10) };

    private static async Task<BookServer> Serve(FaultPlan faults)
    {
        BookServer server = await BookServer.StartAsync(SmallCorpus.BooksByName, new BookServerOptions { Latency = TimeSpan.Zero, Faults = faults });
        await WarmUp.Once(server.BaseAddress);
        return server;
    }

    [Theory]
    [InlineData("blocking", ServerFault.InternalError)]
    [InlineData("blocking", ServerFault.TruncatedBody)]
    [InlineData("blocking", ServerFault.ConnectionReset)]
    [InlineData("blocking", ServerFault.Hang)]
    [InlineData("async", ServerFault.InternalError)]
    [InlineData("async", ServerFault.TruncatedBody)]
    [InlineData("async", ServerFault.ConnectionReset)]
    [InlineData("async", ServerFault.Hang)]
    [InlineData("gil", ServerFault.TruncatedBody)]
    public async Task A_fault_that_clears_is_retried_and_every_book_is_counted_once(string client, ServerFault fault)
    {
        string victim = SmallCorpus.Names[2];
        await using BookServer server = await Serve(new FaultPlan().Add(victim, fault, times: 2));
        using var http = new BookClient(server.BaseAddress, Impatient);
        var job = new FetchAndCount(http);

        FetchedBook[] fetched = IoClientTests.Fetch(client, job, SmallCorpus.Names, 3);

        Assert.Equal(SmallCorpus.Books[2], fetched[2].Bytes);
        Assert.Equal(SmallCorpus.Names.Count, job.Counted);
        Assert.Equal(SmallCorpus.Names.Count + 2, http.Attempts);
    }

    [Theory]
    [InlineData("blocking", ServerFault.InternalError, "server answered HTTP 500")]
    [InlineData("async", ServerFault.InternalError, "server answered HTTP 500")]
    [InlineData("blocking", ServerFault.TruncatedBody, "the connection closed before the whole response arrived")]
    [InlineData("async", ServerFault.ConnectionReset, "the connection closed before the whole response arrived")]
    [InlineData("async", ServerFault.Hang, "no complete answer within 3 s")]
    public async Task A_fault_that_persists_names_the_book_and_the_cause(string client, ServerFault fault, string cause)
    {
        string victim = SmallCorpus.Names[4];
        await using BookServer server = await Serve(new FaultPlan().Add(victim, fault, times: 3));
        using var http = new BookClient(server.BaseAddress, Impatient);
        var job = new FetchAndCount(http);

        var e = Assert.Throws<ParadigmException>(() => IoClientTests.Fetch(client, job, SmallCorpus.Names, 2));

        Assert.StartsWith($"book '{victim}': ", e.Message, StringComparison.Ordinal);
        Assert.Contains(cause, e.Message, StringComparison.Ordinal);
        Assert.EndsWith("after 3 attempts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_book_the_server_lacks_is_not_retried()
    {
        await using BookServer server = await Serve(new FaultPlan());
        using var http = new BookClient(server.BaseAddress, Impatient);

        var e = Assert.Throws<ParadigmException>(() => http.Fetch("no-such-book"));

        Assert.Contains("HTTP 404", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, http.Attempts);
    }

    [Fact]
    public void A_server_that_is_not_there_is_connection_refused()
    {
        using var http = new BookClient(new Uri($"http://127.0.0.1:{FreePort()}/"), Impatient);

        var e = Assert.Throws<ParadigmException>(() => new FetchAndCount(http).Run("book01"));

        Assert.Equal($"book 'book01': connection refused by {http.BaseAddressAuthority}, after 3 attempts", e.Message);
    }

    [Fact]
    public async Task A_bandwidth_cap_slows_the_body_but_keeps_it_whole()
    {
        byte[] book = SmallCorpus.Books.OrderBy(b => b.Length).First();
        await using BookServer server = await BookServer.StartAsync(
            new Dictionary<string, byte[]> { ["b"] = book },
            new BookServerOptions { Latency = TimeSpan.Zero, BytesPerSecond = 1_000_000 });
        using var http = new BookClient(server.BaseAddress);

        Assert.Equal(book, await http.FetchAsync("b"));
    }

    [Fact]
    public async Task The_server_lists_its_books()
    {
        await using BookServer server = await Serve(new FaultPlan());
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        string list = await client.GetStringAsync(new Uri("books", UriKind.Relative));

        Assert.Equal(SmallCorpus.Names.Order(StringComparer.Ordinal), list.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
