using BenchmarkDotNet.Attributes;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Benchmarks;

/// <summary>
/// What an engine task costs besides its work: one empty task's round trip (signed request,
/// reflection call, signed reply), and a load-balanced map of 1,000 empty tasks over N engines,
/// reported per task (the reciprocal of tasks per second).
/// </summary>
[CostAgainstWorkers]
public class EngineOverhead
{
    private const int MapTasks = 1000;

    private Cluster.Cluster _cluster = null!;
    private readonly int[] _items = [.. Enumerable.Range(0, MapTasks)];

    public static IEnumerable<int> WorkerCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [ParamsSource(nameof(WorkerCountValues))]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup() => _cluster = Cluster.Cluster.StartAsync(Workers).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public int[] EmptyTask() => _cluster[0].ApplySync<int>(EmptyTasks.Zero);

    [Benchmark(OperationsPerInvoke = MapTasks)]
    public int[] MapEmptyTasks() => _cluster.LoadBalancedView().Map<int, int>(EmptyTasks.Identity, _items);
}

/// <summary>Tasks that do nothing, so that only the engines' overhead is timed.</summary>
public static class EmptyTasks
{
    public static int Zero() => 0;

    public static int Identity(int item) => item;
}
