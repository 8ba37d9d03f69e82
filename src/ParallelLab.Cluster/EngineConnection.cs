using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace ParallelLab.Cluster;

/// <summary>
/// The client's line to one engine: requests go out signed, replies come back matched to their
/// request by the parent header. When the line drops (the engine died or was stopped) every
/// request still waiting fails with <see cref="EngineDiedException"/>, so that nothing waits forever.
/// </summary>
internal sealed class EngineConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly MessageSigner _signer;
    private readonly string _session;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<EngineMessage>> _waiting = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Func<string> _whyDead;
    private readonly Task _receiving;
    private volatile string? _deadReason;

    private EngineConnection(int id, TcpClient client, MessageSigner signer, string session, Func<string> whyDead)
    {
        Id = id;
        _client = client;
        _stream = client.GetStream();
        _signer = signer;
        _session = session;
        _whyDead = whyDead;
        _receiving = Task.Run(ReceiveAsync);
    }

    public int Id { get; }

    /// <param name="whyDead">What to say when the line drops: e.g. the engine process's exit code.</param>
    public static async Task<EngineConnection> ConnectAsync(int id, string host, int port, MessageSigner signer, string session, Func<string> whyDead, CancellationToken cancellation)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(host, port, cancellation).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            client.Dispose();
            throw new ClusterException($"cannot reach engine {id} at {host}:{port}: {e.Message}");
        }

        return new EngineConnection(id, client, signer, session, whyDead);
    }

    /// <summary>Sends a request; the task completes with the engine's reply, or fails if the engine dies first.</summary>
    public async Task<EngineMessage> RequestAsync(string type, JsonObject content, CancellationToken cancellation = default)
    {
        EngineMessage request = EngineMessage.Request(type, _session, content);
        var reply = new TaskCompletionSource<EngineMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[request.Header.MessageId] = reply;
        if (_deadReason is { } reason)
        {
            _waiting.TryRemove(request.Header.MessageId, out _);
            throw new EngineDiedException(Id, reason);
        }

        await _sending.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            await MessageWire.WriteAsync(_stream, request, _signer, cancellation).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            _waiting.TryRemove(request.Header.MessageId, out _);
            throw new EngineDiedException(Id, _deadReason ?? e.Message);
        }
        finally
        {
            _sending.Release();
        }

        return await reply.Task.ConfigureAwait(false);
    }

    private async Task ReceiveAsync()
    {
        string reason = "it closed the connection";
        try
        {
            while (await MessageWire.ReadAsync(_stream, _signer).ConfigureAwait(false) is { } received)
            {
                if (received.IsForged)
                {
                    continue; // not from our engine: ignore it, as the engine ignores unsigned requests
                }

                EngineMessage reply = received.Message!;
                if (reply.ParentHeader is { } parent && _waiting.TryRemove(parent.MessageId, out TaskCompletionSource<EngineMessage>? waiting))
                {
                    waiting.TrySetResult(reply);
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException or System.Text.Json.JsonException)
        {
            reason = e.Message;
        }

        // Give the launcher a moment to see the process exit, so that the reason can name its exit code.
        await Task.Delay(50).ConfigureAwait(false);
        _deadReason = $"{reason}; {_whyDead()}";
        foreach (string id in _waiting.Keys)
        {
            if (_waiting.TryRemove(id, out TaskCompletionSource<EngineMessage>? waiting))
            {
                waiting.TrySetException(new EngineDiedException(Id, _deadReason));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _receiving.ConfigureAwait(false);
        _sending.Dispose();
    }
}
