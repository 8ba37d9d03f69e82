using ParallelLab.Paradigms.Partitioning;

namespace ParallelLab.Paradigms.Threads;

/// <summary>
/// <c>Task.Run</c> per worker over a static, even block of items, then <c>Task.WhenAll</c>. Cheap
/// and explicit, but the blocks are fixed in advance: when items differ in cost (books of very
/// different sizes) the worker with the heaviest block finishes last while the others idle.
/// Tasks are the right tool for heterogeneous or asynchronous work, not for balancing a loop.
/// </summary>
public sealed class TaskChunksStrategy : ThreadStrategy
{
    public override string Name => "tasks";

    protected override IReadOnlyList<TLocal> RunItems<TLocal>(int itemCount, int workers, Func<TLocal> createLocal, Action<int, TLocal> body)
    {
        Task<TLocal>[] tasks = EvenSplit.Blocks(itemCount, workers)
            .Where(block => block.End.Value > block.Start.Value)
            .Select(block => Task.Run(() =>
            {
                TLocal local = createLocal();
                for (int item = block.Start.Value; item < block.End.Value; item++)
                {
                    body(item, local);
                }

                return local;
            }))
            .ToArray();

        // This API is synchronous; the wait is the caller's (a benchmark or a CLI command).
        return Task.WhenAll(tasks).GetAwaiter().GetResult();
    }
}
