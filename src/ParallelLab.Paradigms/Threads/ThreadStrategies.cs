namespace ParallelLab.Paradigms.Threads;

/// <summary>The strategies by name, for command lines, benchmarks and tests.</summary>
public static class ThreadStrategies
{
    public static ThreadStrategy ParallelFor { get; } = new ParallelForStrategy();

    public static ThreadStrategy ParallelForEach { get; } = new ParallelForEachStrategy();

    public static ThreadStrategy Plinq { get; } = new PlinqStrategy();

    public static ThreadStrategy Tasks { get; } = new TaskChunksStrategy();

    public static ThreadStrategy Threads { get; } = new DedicatedThreadsStrategy();

    public static IReadOnlyList<ThreadStrategy> All { get; } = [ParallelFor, ParallelForEach, Plinq, Tasks, Threads];

    public static ThreadStrategy ByName(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown thread strategy '{name}' (known: {string.Join(", ", All.Select(s => s.Name))})", nameof(name));
}
