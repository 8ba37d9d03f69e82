using System.Collections.Concurrent;

namespace ParallelLab.Paradigms.Threads;

/// <summary>
/// <see cref="Parallel.For(int, int, ParallelOptions, Func{object}, Func{int, ParallelLoopState, object, object}, Action{object})"/>
/// with <see cref="ParallelOptions.MaxDegreeOfParallelism"/>: thread-pool threads take ranges of
/// items dynamically and steal from each other, with a thread-local accumulator per task. The one
/// to pick for a CPU-bound loop over independent items: load balancing is automatic, threads are
/// reused, and localInit/localFinally are exactly the per-worker-state-then-merge pattern.
/// </summary>
public sealed class ParallelForStrategy : ThreadStrategy
{
    public override string Name => "parallel-for";

    protected override IReadOnlyList<TLocal> RunItems<TLocal>(int itemCount, int workers, Func<TLocal> createLocal, Action<int, TLocal> body)
    {
        var locals = new ConcurrentQueue<TLocal>();
        Parallel.For(
            0,
            itemCount,
            new ParallelOptions { MaxDegreeOfParallelism = workers },
            createLocal,
            (item, _, local) =>
            {
                body(item, local);
                return local;
            },
            locals.Enqueue);
        return [.. locals];
    }
}
