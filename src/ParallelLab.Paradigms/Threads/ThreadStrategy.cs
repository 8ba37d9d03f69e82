using System.Runtime.ExceptionServices;

namespace ParallelLab.Paradigms.Threads;

/// <summary>
/// One way of running independent work items on shared-memory threads. Items never share mutable
/// state: each worker owns a local accumulator, and the caller merges the locals at the end, so
/// the merge is a separate, measurable step and the result does not depend on scheduling.
/// </summary>
public abstract class ThreadStrategy
{
    /// <summary>The name used on command lines and in benchmark tables.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Runs <paramref name="body"/> once for every item in [0, <paramref name="itemCount"/>) on at
    /// most <paramref name="workers"/> threads, each with its own local from
    /// <paramref name="createLocal"/>, and returns the locals that were used.
    /// </summary>
    public IReadOnlyList<TLocal> Run<TLocal>(int itemCount, int workers, Func<TLocal> createLocal, Action<int, TLocal> body)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        ArgumentNullException.ThrowIfNull(createLocal);
        ArgumentNullException.ThrowIfNull(body);
        if (itemCount == 0)
        {
            return [];
        }

        try
        {
            return RunItems(itemCount, workers, createLocal, body);
        }
        catch (AggregateException e)
        {
            // Every strategy reports a failed item the same way: its own exception, not a wrapper.
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>
    /// <c>results[i] = body(i)</c> for every item. Each slot is written by exactly one worker, so
    /// the result array is the only thing the workers touch in common.
    /// </summary>
    public T[] Map<T>(int itemCount, int workers, Func<int, T> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var results = new T[itemCount];
        Run<object?>(itemCount, workers, static () => null, (item, _) => results[item] = body(item));
        return results;
    }

    public override string ToString() => Name;

    protected abstract IReadOnlyList<TLocal> RunItems<TLocal>(int itemCount, int workers, Func<TLocal> createLocal, Action<int, TLocal> body);
}
