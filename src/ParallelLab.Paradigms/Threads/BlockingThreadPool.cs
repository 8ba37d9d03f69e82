using System.Runtime.ExceptionServices;

namespace ParallelLab.Paradigms.Threads;

/// <summary>
/// The analogue of Python's <c>concurrent.futures.ThreadPoolExecutor(max_workers=N).map</c>: N
/// dedicated threads take items from one shared queue until it is empty. A thread that blocks (on
/// I/O, on a lock) holds no item hostage, so blocking work overlaps. After the first failure no
/// new item is started, and that failure is rethrown to the caller.
/// </summary>
public static class BlockingThreadPool
{
    /// <param name="itemCount">Items to run.</param>
    /// <param name="workers">Threads to start (never more than there are items).</param>
    /// <param name="body">The work of one item; <c>results[i] = body(i)</c>.</param>
    /// <param name="enterThread">Run by each thread before its first item (e.g. take a global lock).</param>
    /// <param name="exitThread">Run by each thread after its last item, even after a failure.</param>
    public static T[] Map<T>(int itemCount, int workers, Func<int, T> body, Action? enterThread = null, Action? exitThread = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        ArgumentNullException.ThrowIfNull(body);
        var results = new T[itemCount];
        int next = -1;
        ExceptionDispatchInfo? failure = null;
        var threads = new Thread[Math.Min(workers, itemCount)];
        for (int w = 0; w < threads.Length; w++)
        {
            threads[w] = new Thread(() =>
            {
                enterThread?.Invoke();
                try
                {
                    for (int item = Interlocked.Increment(ref next);
                         item < itemCount && Volatile.Read(ref failure) is null;
                         item = Interlocked.Increment(ref next))
                    {
                        results[item] = body(item);
                    }
                }
#pragma warning disable CA1031 // The first failure is carried to the joining thread, whatever it is.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                }
                finally
                {
                    exitThread?.Invoke();
                }
            })
            {
                IsBackground = true,
                Name = $"parallellab-pool-{w}",
            };
            threads[w].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        failure?.Throw();
        return results;
    }
}
