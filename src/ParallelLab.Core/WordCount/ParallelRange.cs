namespace ParallelLab.Core.WordCount;

/// <summary>
/// <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> with a degree of
/// parallelism, except that one means a plain loop on the calling thread: the serial baseline
/// must not touch the thread pool.
/// </summary>
internal static class ParallelRange
{
    public static void For(int count, int degreeOfParallelism, Action<int> body)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        if (degreeOfParallelism == 1)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, body);
    }
}
