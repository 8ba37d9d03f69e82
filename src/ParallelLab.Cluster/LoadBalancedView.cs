using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParallelLab.Cluster;

/// <summary>
/// A task farm over the cluster's engines (ipyparallel's <c>LoadBalancedView</c>): items go out in
/// chunks, each to whichever engine is free next, so a slow item holds back one engine only. An
/// engine that dies fails the chunk it held; the others go on with the rest.
/// </summary>
public sealed class LoadBalancedView
{
    private readonly EngineConnection[] _engines;

    internal LoadBalancedView(IReadOnlyList<EngineConnection> engines)
    {
        if (engines.Count == 0)
        {
            throw new ClusterException("a view needs at least one engine");
        }

        _engines = [.. engines];
    }

    /// <summary>
    /// <paramref name="function"/> of each item (ipyparallel's <c>map(f, items, chunksize=..., ordered=...)</c>):
    /// results in item order when <paramref name="ordered"/>, else in the order they come back.
    /// </summary>
    public AsyncMapResult<TResult> MapAsync<TItem, TResult>(Delegate function, IReadOnlyList<TItem> items, int chunkSize = 1, bool ordered = true)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        if (function.Method.GetParameters().Length != 1)
        {
            throw new ArgumentException($"'{function.Method.Name}' must take one argument, the item, to be mapped", nameof(function));
        }

        var call = new JsonObject { ["function"] = RemoteFunction.From(function).ToJson() };
        var chunks = new ConcurrentQueue<(int Start, int Length)>();
        for (int start = 0; start < items.Count; start += chunkSize)
        {
            chunks.Enqueue((start, Math.Min(chunkSize, items.Count - start)));
        }

        var farm = new Farm<TItem, TResult>(call, items, chunks, ordered);
        return new AsyncMapResult<TResult>(farm.RunAsync(_engines), farm);
    }

    public TResult[] Map<TItem, TResult>(Delegate function, IReadOnlyList<TItem> items, int chunkSize = 1, bool ordered = true) =>
        MapAsync<TItem, TResult>(function, items, chunkSize, ordered).Get();

    /// <summary>One map's state: the chunks left, the results in, the engines' time.</summary>
    internal sealed class Farm<TItem, TResult>(JsonObject call, IReadOnlyList<TItem> items, ConcurrentQueue<(int Start, int Length)> chunks, bool ordered) : IFarmProgress
    {
        private readonly TResult[] _results = new TResult[items.Count];
        private readonly ConcurrentQueue<TResult> _arrival = new();
        private readonly ConcurrentBag<(int Start, Exception Failure)> _failures = [];
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _engineTicks;
        private int _done;
        private TimeSpan _lastReply;
        private volatile bool _finished;

        public int Count => items.Count;

        public int Done => Volatile.Read(ref _done);

        public TimeSpan SerialTime => TimeSpan.FromTicks(Interlocked.Read(ref _engineTicks));

        public TimeSpan WallTime => _finished ? _lastReply : _clock.Elapsed;

        public async Task<TResult[]> RunAsync(IReadOnlyList<EngineConnection> engines)
        {
            await Task.WhenAll(engines.Select(ServeAsync)).ConfigureAwait(false);
            _lastReply = _clock.Elapsed;
            _finished = true;
            if (!_failures.IsEmpty)
            {
                throw _failures.MinBy(f => f.Start).Failure;
            }

            if (!chunks.IsEmpty)
            {
                throw new ClusterException($"no engine left for {chunks.Sum(c => c.Length)} of {Count} items");
            }

            return ordered ? _results : [.. _arrival];
        }

        private async Task ServeAsync(EngineConnection engine)
        {
            while (chunks.TryDequeue(out (int Start, int Length) chunk))
            {
                var content = (JsonObject)call.DeepClone();
                content["items"] = JsonSerializer.SerializeToNode(items.Skip(chunk.Start).Take(chunk.Length).ToArray(), ClusterJson.Options);
                EngineMessage reply;
                try
                {
                    reply = await engine.RequestAsync("map_request", content).ConfigureAwait(false);
                }
                catch (EngineDiedException e)
                {
                    _failures.Add((chunk.Start, e));
                    return; // this engine is gone; the others take the rest
                }

                Interlocked.Add(ref _engineTicks, TimeSpan.FromSeconds((double?)reply.Metadata["elapsed_seconds"] ?? 0).Ticks);
                try
                {
                    TResult[] results = AsyncResult<TResult[]>.ResultOf<TResult[]>(engine.Id, reply);
                    results.CopyTo(_results, chunk.Start);
                    foreach (TResult result in results)
                    {
                        _arrival.Enqueue(result);
                    }

                    Interlocked.Add(ref _done, results.Length);
                }
                catch (RemoteException e)
                {
                    _failures.Add((chunk.Start, e));
                }
            }
        }
    }
}
