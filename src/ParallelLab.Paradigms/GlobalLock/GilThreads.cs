using ParallelLab.Paradigms.Threads;

namespace ParallelLab.Paradigms.GlobalLock;

/// <summary>
/// Python-style threads: a <see cref="BlockingThreadPool"/> whose threads run their items holding
/// the global lock and check in at the kernels' checkpoints. CPU-bound items therefore run one at
/// a time, however many threads there are; items that release the lock for I/O overlap their waiting.
/// </summary>
public static class GilThreads
{
    /// <summary>
    /// <c>results[i] = body(i, checkpoint)</c> for every item, on <paramref name="workers"/> threads
    /// sharing <paramref name="gil"/>; <c>checkpoint</c> is the lock's <see cref="GlobalInterpreterLock.Checkpoint"/>.
    /// </summary>
    public static T[] Map<T>(int itemCount, int workers, GlobalInterpreterLock gil, Func<int, Action, T> body)
    {
        ArgumentNullException.ThrowIfNull(gil);
        ArgumentNullException.ThrowIfNull(body);
        Action checkpoint = gil.Checkpoint;
        return BlockingThreadPool.Map(
            itemCount,
            workers,
            item =>
            {
                T result = body(item, checkpoint);

                // Between items is a checkpoint too, as between bytecodes.
                checkpoint();
                return result;
            },
            enterThread: gil.Acquire,
            exitThread: gil.Release);
    }
}
