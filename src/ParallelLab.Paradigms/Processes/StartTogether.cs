namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// How the lab starts N worker processes at once, for a pool or bare: one thread per worker, so
/// that each start (which waits until the child has executed its program) overlaps the others.
/// </summary>
internal static class StartTogether
{
    /// <summary>
    /// Runs <paramref name="startOne"/> for every worker number at once. The first failure is
    /// thrown as one <see cref="ParadigmException"/>: its own when it was one, else prefixed with
    /// <paramref name="what"/>. The caller stops what did start.
    /// </summary>
    public static void Run(int count, Action<int> startOne, string what)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, startOne);
        }
        catch (AggregateException e)
        {
            throw e.InnerExceptions[0] is ParadigmException known ? known : new ParadigmException($"{what}: {e.InnerExceptions[0].Message}", e);
        }
    }
}
