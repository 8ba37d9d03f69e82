using System.Net;
using System.Net.Sockets;

namespace ParallelLab.Paradigms.Http;

/// <summary>
/// Fetches books from a <see cref="BookServer"/>, blocking or asynchronously. A book counts as
/// fetched only when its whole body has arrived and matches its Content-Length; a 5xx answer, a
/// dropped connection, a truncated body or a time-out is retried, and after the last attempt the
/// error names the book and what went wrong.
/// </summary>
public sealed class BookClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly FetchOptions _options;
    private long _attempts;

    public BookClient(Uri baseAddress, FetchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        _options = options ?? new FetchOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.Attempts);
        _http = new HttpClient(new SocketsHttpHandler
        {
            // One connection per concurrent request: the pool, not the handler, limits concurrency.
            MaxConnectionsPerServer = int.MaxValue,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = baseAddress,
            Timeout = System.Threading.Timeout.InfiniteTimeSpan, // per attempt, below
        };
    }

    /// <summary>HTTP requests made so far, retries included.</summary>
    public long Attempts => Interlocked.Read(ref _attempts);

    /// <summary>host:port of the server, for messages.</summary>
    public string BaseAddressAuthority => _http.BaseAddress!.Authority;

    /// <summary>Fetches a book on the calling thread, which blocks until the body has arrived.</summary>
    public byte[] Fetch(string book, CancellationToken cancellationToken = default)
    {
        for (int attempt = 1; ; attempt++)
        {
            using CancellationTokenSource deadline = Deadline(cancellationToken);
            using HttpRequestMessage request = Request(book);
            try
            {
                using HttpResponseMessage response = _http.Send(request, HttpCompletionOption.ResponseContentRead, deadline.Token);
                EnsureSuccess(book, response);
                using Stream body = response.Content.ReadAsStream(deadline.Token);
                return CheckedBody(book, response, ReadAll(body));
            }
            catch (Exception e) when (IsRetryable(e, cancellationToken) && attempt < _options.Attempts)
            {
                Thread.Sleep(_options.RetryDelay * attempt);
            }
            catch (Exception e) when (IsRetryable(e, cancellationToken))
            {
                throw Failure(book, e, attempt);
            }
        }
    }

    public async Task<byte[]> FetchAsync(string book, CancellationToken cancellationToken = default)
    {
        for (int attempt = 1; ; attempt++)
        {
            using CancellationTokenSource deadline = Deadline(cancellationToken);
            using HttpRequestMessage request = Request(book);
            try
            {
                using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
                EnsureSuccess(book, response);
                return CheckedBody(book, response, await response.Content.ReadAsByteArrayAsync(deadline.Token).ConfigureAwait(false));
            }
            catch (Exception e) when (IsRetryable(e, cancellationToken) && attempt < _options.Attempts)
            {
                await Task.Delay(_options.RetryDelay * attempt, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsRetryable(e, cancellationToken))
            {
                throw Failure(book, e, attempt);
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private CancellationTokenSource Deadline(CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        return deadline;
    }

    private HttpRequestMessage Request(string book)
    {
        Interlocked.Increment(ref _attempts);
        return new HttpRequestMessage(HttpMethod.Get, new Uri("books/" + Uri.EscapeDataString(book), UriKind.Relative));
    }

    private static void EnsureSuccess(string book, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new ParadigmException($"book '{book}': the server has no such book (HTTP 404)");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode} ({response.ReasonPhrase})", null, response.StatusCode);
        }
    }

    private static byte[] CheckedBody(string book, HttpResponseMessage response, byte[] body)
    {
        long? announced = response.Content.Headers.ContentLength;
        if (announced is long expected && expected != body.Length)
        {
            throw new HttpIOException(HttpRequestError.ResponseEnded, $"book '{book}': body has {body.Length} of {expected} bytes");
        }

        return body;
    }

    private static byte[] ReadAll(Stream body)
    {
        using var buffer = new MemoryStream();
        body.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Network trouble and server errors are worth another try; the caller's own cancellation is not.</summary>
    private static bool IsRetryable(Exception e, CancellationToken callerToken) => e switch
    {
        OperationCanceledException => !callerToken.IsCancellationRequested,
        HttpRequestException or HttpIOException or IOException => true,
        _ => false,
    };

    private static bool IsConnectionLost(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded }
                or SocketException { SocketErrorCode: SocketError.ConnectionReset })
            {
                return true;
            }
        }

        return false;
    }

    private ParadigmException Failure(string book, Exception e, int attempts)
    {
        string reason = e switch
        {
            OperationCanceledException => $"no complete answer within {_options.Timeout.TotalSeconds:0.###} s",
            HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } =>
                $"connection refused by {BaseAddressAuthority}",
            _ when IsConnectionLost(e) => "the connection closed before the whole response arrived (reset or truncated body)",
            HttpRequestException { StatusCode: HttpStatusCode status } => $"server answered HTTP {(int)status} ({status})",
            _ => e.Message,
        };
        return new ParadigmException($"book '{book}': {reason}, after {attempts} attempt{(attempts == 1 ? "" : "s")}", e);
    }
}
