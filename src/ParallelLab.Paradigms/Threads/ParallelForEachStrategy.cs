using System.Collections.Concurrent;

namespace ParallelLab.Paradigms.Threads;

/// <summary>
/// <see cref="Parallel.ForEach{TSource, TLocal}(Partitioner{TSource}, ParallelOptions, Func{TLocal}, Func{TSource, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/>
/// over <see cref="Partitioner.Create{TSource}(IEnumerable{TSource}, EnumerablePartitionerOptions)"/>
/// with <see cref="EnumerablePartitionerOptions.NoBuffering"/>: every idle worker takes the next
/// item, one at a time, in the order given. With the items largest first that is Graham's
/// longest-processing-time list schedule (see <see cref="Workloads.WordCountWorkload.LargestFirst"/>),
/// which <see cref="ParallelForStrategy"/>'s chunks break. The one to pick for a few items of
/// uneven cost (61 books differing 125× in size); it pays a lock per item, which is nothing
/// beside a book and too much for millions of tiny items.
/// </summary>
public sealed class ParallelForEachStrategy : ThreadStrategy
{
    public override string Name => "parallel-foreach";

    protected override IReadOnlyList<TLocal> RunItems<TLocal>(int itemCount, int workers, Func<TLocal> createLocal, Action<int, TLocal> body)
    {
        var locals = new ConcurrentQueue<TLocal>();
        Parallel.ForEach(
            Partitioner.Create(Enumerable.Range(0, itemCount), EnumerablePartitionerOptions.NoBuffering),
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
