using ParallelLab.Paradigms.Http;

namespace ParallelLab.Paradigms.Tests.Http;

/// <summary>A book server on loopback with the small corpus and a short latency, shared by a test class.</summary>
public sealed class BookServerFixture : IAsyncLifetime
{
    public BookServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await BookServer.StartAsync(SmallCorpus.BooksByName, new BookServerOptions { Latency = TimeSpan.FromMilliseconds(5) });
        await WarmUp.Once(Server.BaseAddress);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
