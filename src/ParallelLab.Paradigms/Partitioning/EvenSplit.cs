namespace ParallelLab.Paradigms.Partitioning;

/// <summary>
/// The standard even split of n items over p workers (as in the lesson's MPI example): each gets
/// ⌊n/p⌋ items and the first n mod p get one more, in contiguous blocks, so sizes differ by at
/// most one and every item belongs to exactly one worker.
/// </summary>
public static class EvenSplit
{
    /// <summary>The block [Start, End) of <paramref name="worker"/>.</summary>
    public static Range Block(int itemCount, int workers, int worker)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        ArgumentOutOfRangeException.ThrowIfNegative(worker);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(worker, workers);
        int count = itemCount / workers;
        int remainder = itemCount % workers;
        int first = worker < remainder ? worker * (count + 1) : (worker * count) + remainder;
        int last = first + count + (worker < remainder ? 1 : 0);
        return first..last;
    }

    /// <summary>Every worker's block, in worker order.</summary>
    public static Range[] Blocks(int itemCount, int workers) =>
        Enumerable.Range(0, workers).Select(worker => Block(itemCount, workers, worker)).ToArray();
}
