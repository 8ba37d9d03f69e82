namespace ParallelLab.Paradigms.Runs;

/// <summary>
/// One way to compute a workload's result: which engine, how many workers, and the run itself,
/// which returns the result and, where it can tell them apart, the phases of its time.
/// </summary>
public sealed record EngineRun<T>(string Engine, int Workers, Func<(T Result, IReadOnlyList<Phase> Phases)> Run);

/// <summary>Shorthands for <see cref="EngineRun{T}"/>.</summary>
public static class EngineRun
{
    /// <summary>An engine whose time is not split into phases.</summary>
    public static EngineRun<T> Whole<T>(string engine, int workers, Func<T> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new EngineRun<T>(engine, workers, () => (run(), []));
    }
}
