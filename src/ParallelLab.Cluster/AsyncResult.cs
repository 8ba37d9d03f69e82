using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParallelLab.Cluster;

/// <summary>
/// The pending results of one call on several engines (ipyparallel's <c>AsyncResult</c>), in
/// engine order. Await it, or <see cref="PendingResults{T}.Get"/> it with a timeout; an engine that
/// dies fails its result with <see cref="EngineDiedException"/> instead of leaving it waiting.
/// </summary>
public sealed class AsyncResult<T> : PendingResults<T>
{
    private readonly Task<EngineMessage>[] _replies;
    private readonly TimeSpan[] _received;
    private readonly Stopwatch _clock;

    internal AsyncResult(IReadOnlyList<int> engineIds, IReadOnlyList<Task<EngineMessage>> replies, Stopwatch submittedClock)
        : this(engineIds, [.. replies], submittedClock, new TimeSpan[replies.Count])
    {
    }

    private AsyncResult(IReadOnlyList<int> engineIds, Task<EngineMessage>[] replies, Stopwatch clock, TimeSpan[] received)
        : base(CollectAsync(engineIds, Recorded(replies, clock, received)))
    {
        EngineIds = engineIds;
        _replies = replies;
        _clock = clock;
        _received = received;
    }

    /// <summary>
    /// Each reply, with the time it came in written down before it counts as in: once the results
    /// are ready, <see cref="WallTime"/> no longer changes.
    /// </summary>
    private static Task<EngineMessage>[] Recorded(Task<EngineMessage>[] replies, Stopwatch clock, TimeSpan[] received)
    {
        var recorded = new Task<EngineMessage>[replies.Length];
        for (int i = 0; i < replies.Length; i++)
        {
            recorded[i] = RecordAsync(replies[i], i);
        }

        return recorded;

        async Task<EngineMessage> RecordAsync(Task<EngineMessage> reply, int index)
        {
            try
            {
                return await reply.ConfigureAwait(false);
            }
            finally
            {
                received[index] = clock.Elapsed;
            }
        }
    }

    /// <summary>The engine of each result, in the order <see cref="PendingResults{T}.Get"/> returns them.</summary>
    public IReadOnlyList<int> EngineIds { get; }

    public override int Count => _replies.Length;

    public override int Progress => _replies.Count(r => r.IsCompleted);

    public override TimeSpan WallTime => Ready ? _received.Max() : _clock.Elapsed;

    public override TimeSpan SerialTime => TimeSpan.FromSeconds(_replies
        .Where(r => r.IsCompletedSuccessfully)
        .Sum(r => (double?)r.Result.Metadata["elapsed_seconds"] ?? 0));

    private static async Task<T[]> CollectAsync(IReadOnlyList<int> engineIds, Task<EngineMessage>[] replies)
    {
        try
        {
            await Task.WhenAll(replies).ConfigureAwait(false);
        }
        catch (ClusterException)
        {
            // Reported below, in engine order.
        }

        var results = new T[replies.Length];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = ResultOf<T>(engineIds[i], await replies[i].ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>A reply's result, or its failure as a <see cref="RemoteException"/>.</summary>
    internal static TResult ResultOf<TResult>(int engineId, EngineMessage reply)
    {
        JsonObject content = reply.Content;
        if ((string?)content["status"] != "ok")
        {
            throw new RemoteException(engineId, (string?)content["ename"] ?? "?", (string?)content["evalue"] ?? "", (string?)content["traceback"] ?? "");
        }

        return content["result"] is { } result ? result.Deserialize<TResult>(ClusterJson.Options)! : default!;
    }
}
