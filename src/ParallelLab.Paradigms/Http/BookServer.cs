using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ParallelLab.Paradigms.Http;

/// <summary>
/// A real HTTP server (ASP.NET Core's Kestrel) on loopback that serves books at
/// <c>/books/{name}</c> (and their names at <c>/books</c>), with injected latency, an optional
/// bandwidth cap and scripted faults. The I/O-bound paradigm fetches from it; it is also
/// <c>parallellab serve</c>.
/// </summary>
public sealed class BookServer : IAsyncDisposable
{
    private const int ChunkBytes = 16 * 1024;

    private readonly WebApplication _app;
    private readonly IReadOnlyDictionary<string, byte[]> _books;
    private readonly BookServerOptions _options;
    private long _requests;

    private BookServer(WebApplication app, IReadOnlyDictionary<string, byte[]> books, BookServerOptions options)
    {
        _app = app;
        _books = books;
        _options = options;
    }

    /// <summary>Where the books are: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyCollection<string> BookNames => (IReadOnlyCollection<string>)_books.Keys;

    /// <summary>Book requests answered or failed so far.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    public static async Task<BookServer> StartAsync(IReadOnlyDictionary<string, byte[]> books, BookServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(books);
        ArgumentNullException.ThrowIfNull(options);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        WebApplication app = builder.Build();
        var server = new BookServer(app, books, options);
        app.MapGet("/books", () => Results.Text(string.Join('\n', books.Keys.Order(StringComparer.Ordinal)) + "\n"));
        app.MapGet("/books/{name}", server.ServeBookAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or UnauthorizedAccessException or OperationCanceledException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new ParadigmException($"cannot listen on 127.0.0.1:{options.Port}: {e.Message}", e);
        }

        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ServeBookAsync(HttpContext context, string name)
    {
        Interlocked.Increment(ref _requests);
        CancellationToken aborted = context.RequestAborted;
        await Task.Delay(_options.Latency, aborted).ConfigureAwait(false);
        if (!_books.TryGetValue(name, out byte[]? book))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        switch (_options.Faults.Next(name))
        {
            case ServerFault.InternalError:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            case ServerFault.ConnectionReset:
                context.Abort();
                return;
            case ServerFault.Hang:
                await Task.Delay(Timeout.Infinite, aborted).ConfigureAwait(false);
                return;
            case ServerFault.TruncatedBody:
                context.Response.ContentLength = book.Length;
                await context.Response.Body.WriteAsync(book.AsMemory(0, book.Length / 2), aborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(aborted).ConfigureAwait(false);
                context.Abort();
                return;
            case null:
                break;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength = book.Length;
        if (_options.BytesPerSecond is not long rate)
        {
            await context.Response.Body.WriteAsync(book, aborted).ConfigureAwait(false);
            return;
        }

        for (int offset = 0; offset < book.Length; offset += ChunkBytes)
        {
            int length = Math.Min(ChunkBytes, book.Length - offset);
            await context.Response.Body.WriteAsync(book.AsMemory(offset, length), aborted).ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromSeconds((double)length / rate), aborted).ConfigureAwait(false);
        }
    }
}
