using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace ParallelLab.Cluster;

/// <summary>
/// An engine (ipyparallel's <c>ipengine</c>): listens on loopback, runs what signed messages ask,
/// one task at a time, and keeps a namespace of named values between tasks. A message whose
/// signature does not match is dropped and logged, never run. Requests: <c>apply_request</c>,
/// <c>map_request</c> (a load-balanced chunk), <c>push_request</c>, <c>pull_request</c>,
/// <c>shutdown_request</c>.
/// </summary>
internal sealed class EngineServer(int id, MessageSigner signer, TextWriter log) : IDisposable
{
    private readonly Dictionary<string, JsonNode?> _namespace = [];
    private readonly SemaphoreSlim _oneTaskAtATime = new(1, 1);
    private readonly CancellationTokenSource _shutdown = new();

    public int Id => id;

    /// <summary>Serves clients until a shutdown request or <paramref name="cancellation"/>.</summary>
    public async Task RunAsync(TcpListener listener, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, _shutdown.Token);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                TcpClient client = await listener.AcceptTcpClientAsync(stop.Token).ConfigureAwait(false);
                _ = ServeAsync(client, stop.Token); // each client on its own; tasks still run one at a time
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        listener.Stop();
    }

    public void Dispose()
    {
        _oneTaskAtATime.Dispose();
        _shutdown.Dispose();
    }

    public static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellation)
    {
        using (client)
        {
            EndPoint? peer = client.Client.RemoteEndPoint;
            NetworkStream stream = client.GetStream();
            try
            {
                while (await MessageWire.ReadAsync(stream, signer, cancellation).ConfigureAwait(false) is { } received)
                {
                    if (received.IsForged)
                    {
                        await log.WriteLineAsync($"engine {id}: dropped a message from {peer} whose signature does not match the cluster's key").ConfigureAwait(false);
                        continue;
                    }

                    EngineMessage reply = await HandleAsync(received.Message!).ConfigureAwait(false);
                    await MessageWire.WriteAsync(stream, reply, signer, cancellation).ConfigureAwait(false);
                    if (reply.Type == "shutdown_reply")
                    {
                        await _shutdown.CancelAsync().ConfigureAwait(false);
                    }
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException or OperationCanceledException or System.Text.Json.JsonException)
            {
                if (e is not OperationCanceledException)
                {
                    await log.WriteLineAsync($"engine {id}: closed the connection from {peer}: {e.Message}").ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<EngineMessage> HandleAsync(EngineMessage request)
    {
        await _oneTaskAtATime.WaitAsync().ConfigureAwait(false);
        DateTimeOffset started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        JsonObject content;
        try
        {
            content = request.Type switch
            {
                "apply_request" => await ApplyAsync(request.Content).ConfigureAwait(false),
                "map_request" => await MapAsync(request.Content).ConfigureAwait(false),
                "push_request" => Push(request.Content),
                "pull_request" => Pull(request.Content),
                "shutdown_request" => new JsonObject(),
                _ => throw new InvalidOperationException($"unknown request '{request.Type}'"),
            };
            content["status"] = "ok";
        }
#pragma warning disable CA1031 // The task's failure is the reply: an engine outlives the code it runs.
        catch (Exception caught)
#pragma warning restore CA1031
        {
            Exception e = caught is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : caught;
            content = new JsonObject
            {
                ["status"] = "error",
                ["ename"] = e.GetType().Name,
                ["evalue"] = e.Message,
                ["traceback"] = e.ToString(),
            };
        }
        finally
        {
            _oneTaskAtATime.Release();
        }

        var metadata = new JsonObject
        {
            ["engine_id"] = id,
            ["started"] = started.ToString("O"),
            ["completed"] = DateTimeOffset.UtcNow.ToString("O"),
            ["elapsed_seconds"] = clock.Elapsed.TotalSeconds,
        };
        string replyType = request.Type.EndsWith("_request", StringComparison.Ordinal) ? request.Type[..^"_request".Length] + "_reply" : "error_reply";
        return EngineMessage.ReplyTo(request, replyType, metadata, content);
    }

    private async Task<JsonObject> ApplyAsync(JsonObject content)
    {
        (System.Reflection.MethodInfo method, object? instance) = FunctionOf(content);
        JsonArray arguments = content["args"]?.AsArray() ?? [];
        var values = new List<JsonNode?>(arguments.Count);
        foreach (JsonNode? argument in arguments)
        {
            values.Add(argument?["ref"] is { } name ? Lookup((string)name!) : argument?["value"]?.DeepClone());
        }

        JsonNode? result = await RemoteFunction.InvokeAsync(method, instance, values).ConfigureAwait(false);
        return new JsonObject { ["result"] = result };
    }

    /// <summary>The function of each item of a load-balanced chunk, in order.</summary>
    private static async Task<JsonObject> MapAsync(JsonObject content)
    {
        (System.Reflection.MethodInfo method, object? instance) = FunctionOf(content);
        var results = new JsonArray();
        foreach (JsonNode? item in content["items"]?.AsArray() ?? [])
        {
            results.Add(await RemoteFunction.InvokeAsync(method, instance, [item?.DeepClone()]).ConfigureAwait(false));
        }

        return new JsonObject { ["result"] = results };
    }

    /// <summary>The method a request names, found on this engine.</summary>
    private static (System.Reflection.MethodInfo Method, object? Instance) FunctionOf(JsonObject content) =>
        RemoteFunction.FromJson(content["function"]?.AsObject() ?? throw new InvalidDataException("no function")).Resolve();

    private JsonObject Push(JsonObject content)
    {
        foreach ((string name, JsonNode? value) in content["ns"]?.AsObject() ?? [])
        {
            _namespace[name] = value?.DeepClone();
        }

        return [];
    }

    private JsonObject Pull(JsonObject content)
    {
        string name = (string?)content["name"] ?? throw new InvalidDataException("no name");
        return new JsonObject { ["result"] = Lookup(name)?.DeepClone() };
    }

    private JsonNode? Lookup(string name) =>
        _namespace.TryGetValue(name, out JsonNode? value) ? value?.DeepClone()
        : throw new KeyNotFoundException($"engine {id} has no value named '{name}' (push it first)");
}
