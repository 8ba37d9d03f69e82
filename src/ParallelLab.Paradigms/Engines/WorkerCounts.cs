namespace ParallelLab.Paradigms.Engines;

/// <summary>Worker counts for scaling runs: 1, 2, 4, … up to twice the cores (or a higher floor).</summary>
public static class WorkerCounts
{
    /// <summary>Powers of two from 1 to at least max(<paramref name="atLeast"/>, 2 × cores).</summary>
    public static IEnumerable<int> PowersOfTwo(int atLeast)
    {
        int top = Math.Max(atLeast, 2 * Environment.ProcessorCount);
        for (int workers = 1; ; workers *= 2)
        {
            yield return workers;
            if (workers >= top)
            {
                yield break;
            }
        }
    }
}
