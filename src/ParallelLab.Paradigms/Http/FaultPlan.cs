using System.Collections.Concurrent;

namespace ParallelLab.Paradigms.Http;

/// <summary>Which requests fail and how: per book, a queue of faults for its next requests.</summary>
public sealed class FaultPlan
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ServerFault>> _faults = new(StringComparer.Ordinal);

    /// <summary>The next <paramref name="times"/> requests for <paramref name="book"/> fail with <paramref name="fault"/>.</summary>
    public FaultPlan Add(string book, ServerFault fault, int times = 1)
    {
        ConcurrentQueue<ServerFault> queue = _faults.GetOrAdd(book, _ => new ConcurrentQueue<ServerFault>());
        for (int i = 0; i < times; i++)
        {
            queue.Enqueue(fault);
        }

        return this;
    }

    internal ServerFault? Next(string book) =>
        _faults.TryGetValue(book, out ConcurrentQueue<ServerFault>? queue) && queue.TryDequeue(out ServerFault fault) ? fault : null;
}
