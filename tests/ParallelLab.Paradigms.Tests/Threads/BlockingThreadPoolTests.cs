using ParallelLab.Paradigms.Threads;

namespace ParallelLab.Paradigms.Tests.Threads;

public class BlockingThreadPoolTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(10, 1)]
    [InlineData(10, 4)]
    [InlineData(10, 40)]
    public void Runs_every_item_once_in_result_order(int items, int workers)
    {
        int calls = 0;

        int[] squares = BlockingThreadPool.Map(items, workers, i =>
        {
            Interlocked.Increment(ref calls);
            return i * i;
        });

        Assert.Equal(Enumerable.Range(0, items).Select(i => i * i), squares);
        Assert.Equal(items, calls);
    }

    [Fact]
    public void Blocking_items_overlap_across_threads()
    {
        // Four items that each wait for all four to have started can only finish if they run at once.
        using var allStarted = new CountdownEvent(4);

        bool[] finished = BlockingThreadPool.Map(4, 4, _ =>
        {
            allStarted.Signal();
            return allStarted.Wait(TimeSpan.FromSeconds(10));
        });

        Assert.All(finished, Assert.True);
    }

    [Fact]
    public void Enter_and_exit_run_once_per_thread_even_after_a_failure()
    {
        int entered = 0;
        int exited = 0;

        Assert.Throws<InvalidOperationException>(() => BlockingThreadPool.Map<int>(
            8,
            3,
            i => i == 5 ? throw new InvalidOperationException() : i,
            () => Interlocked.Increment(ref entered),
            () => Interlocked.Increment(ref exited)));

        Assert.Equal(3, entered);
        Assert.Equal(3, exited);
    }
}
