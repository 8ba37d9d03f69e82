using ParallelLab.Core.Autocorrelation;
using ParallelLab.Paradigms.GlobalLock;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Tests.GlobalLock;

/// <summary>The GIL-like lock's promises, counted rather than timed.</summary>
public class GlobalInterpreterLockTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Two_workers_never_run_kernel_code_at_the_same_time(int workers)
    {
        var gil = new GlobalInterpreterLock(TimeSpan.FromMilliseconds(1));
        int inside = 0;
        int overlaps = 0;
        int checkpointsPassed = 0;

        GilThreads.Map(workers * 3, workers, gil, (item, checkpoint) =>
        {
            for (int step = 0; step < 2_000; step++)
            {
                // "Kernel code": between two checkpoints, nobody else may be in here.
                if (Interlocked.Increment(ref inside) != 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                Thread.SpinWait(200);
                Interlocked.Decrement(ref inside);
                checkpoint();
                Interlocked.Increment(ref checkpointsPassed);
            }

            return item;
        });

        Assert.Equal(0, overlaps);
        Assert.Equal(workers * 3 * 2_000, checkpointsPassed);
        Assert.Equal(1, gil.MaxConcurrentHolders);
    }

    [Fact]
    public void A_waiting_thread_gets_the_lock_after_a_switch_interval()
    {
        // Two threads each spin through checkpoints until the other has run: without forced
        // switching at checkpoints, the first holder would spin until its deadline.
        var gil = new GlobalInterpreterLock(TimeSpan.FromMilliseconds(1));
        var ran = new bool[2];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);

        GilThreads.Map(2, 2, gil, (me, checkpoint) =>
        {
            Volatile.Write(ref ran[me], true);
            while (!Volatile.Read(ref ran[1 - me]) && DateTime.UtcNow < deadline)
            {
                checkpoint();
            }

            return me;
        });

        Assert.True(ran[0] && ran[1]);
        Assert.True(gil.ForcedSwitches >= 1, "the holder was never asked to switch");
    }

    [Fact]
    public void Two_cpu_bound_threads_take_turns_again_and_again()
    {
        // Each thread logs its turns between checkpoints; with forced switching working, the log
        // alternates between them many times, not just once.
        var gil = new GlobalInterpreterLock(TimeSpan.FromMilliseconds(1));
        var log = new List<int>();
        GilThreads.Map(2, 2, gil, (me, checkpoint) =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMilliseconds(300))
            {
                if (log.Count == 0 || log[^1] != me)
                {
                    log.Add(me);
                }

                checkpoint();
            }

            return me;
        });

        Assert.True(log.Count >= 10, $"only {log.Count} turns: {string.Join(",", log)}");
        Assert.True(gil.ForcedSwitches >= 9);
    }

    [Fact]
    public void Releasing_for_io_lets_blocked_threads_overlap()
    {
        // Each item waits until all four are inside their I/O section at once: possible only
        // because the section releases the lock.
        var gil = new GlobalInterpreterLock();
        using var allWaiting = new CountdownEvent(4);

        bool[] overlapped = GilThreads.Map(4, 4, gil, (_, _) =>
        {
            using (gil.ReleaseForIo())
            {
                allWaiting.Signal();
                return allWaiting.Wait(TimeSpan.FromSeconds(10));
            }
        });

        Assert.All(overlapped, Assert.True);
        Assert.Equal(1, gil.MaxConcurrentHolders);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(40)]
    public void Kernels_under_the_lock_equal_serial(int workers)
    {
        var gil = new GlobalInterpreterLock();
        var acf = AcfWorkload.TopWords(SmallCorpus.LargestBook, ReferenceAcfKernel.Instance);

        Assert.Equal(acf.Serial(), PythonThreads.AcfOverWords(acf, workers, gil));
        Assert.Equal(SmallCorpus.WordCount.Serial(), PythonThreads.WordCount(SmallCorpus.WordCount, workers, gil));
        Assert.Equal(1, gil.MaxConcurrentHolders);
    }

    [Fact]
    public void Releasing_a_lock_that_is_not_held_is_an_error() =>
        Assert.Throws<SynchronizationLockException>(() => new GlobalInterpreterLock().Release());
}
