using System.Runtime.CompilerServices;

namespace ParallelLab.Cluster;

/// <summary>
/// Results still coming from engines: what <see cref="AsyncResult{T}"/> and
/// <see cref="AsyncMapResult{T}"/> share (ipyparallel's <c>AsyncResult</c> and <c>AsyncMapResult</c>):
/// waiting with a timeout, the results, and the timings ipyparallel reports.
/// </summary>
public abstract class PendingResults<T>
{
    private protected PendingResults(Task<T[]> results)
    {
        Results = results;
    }

    private protected Task<T[]> Results { get; }

    /// <summary>How many results there will be.</summary>
    public abstract int Count { get; }

    /// <summary>How many are in.</summary>
    public abstract int Progress { get; }

    /// <summary>Submission to the last reply received: ipyparallel's <c>wall_time</c> (so far, while any is pending).</summary>
    public abstract TimeSpan WallTime { get; }

    /// <summary>The engines' own time on the tasks, summed: ipyparallel's <c>serial_time</c>.</summary>
    public abstract TimeSpan SerialTime { get; }

    public bool Ready => Results.IsCompleted;

    /// <summary>Since submission, until the last reply (or now, while any is pending): ipyparallel's <c>elapsed</c>.</summary>
    public TimeSpan Elapsed => WallTime;

    /// <summary>
    /// <see cref="SerialTime"/> / <see cref="WallTime"/>: how many engines' worth of work ran at once,
    /// the ratio ipyparallel's documentation reads as the speedup over one engine.
    /// </summary>
    public double Speedup => WallTime > TimeSpan.Zero ? SerialTime / WallTime : 0;

    /// <summary>Waits up to <paramref name="timeout"/> (forever if null); true when every result is in.</summary>
    public bool Wait(TimeSpan? timeout = null)
    {
        try
        {
            return Results.Wait(timeout ?? Timeout.InfiniteTimeSpan);
        }
        catch (AggregateException)
        {
            return true; // done, with a failure that Get reports
        }
    }

    /// <summary>The results; <see cref="TimeoutException"/> if they are not in within <paramref name="timeout"/>.</summary>
    public T[] Get(TimeSpan? timeout = null)
    {
        if (!Wait(timeout))
        {
            throw new TimeoutException($"{Progress} of {Count} results after {timeout!.Value.TotalSeconds:0.###} s");
        }

        return Results.GetAwaiter().GetResult();
    }

    public TaskAwaiter<T[]> GetAwaiter() => Results.GetAwaiter();

    public Task<T[]> AsTask() => Results;
}
