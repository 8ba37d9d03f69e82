using ParallelLab.Paradigms.Engines;
using BenchmarkDotNet.Attributes;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Benchmarks.Configuration;
using Pool = ParallelLab.Paradigms.Processes.ProcessPool;

namespace ParallelLab.Benchmarks;

/// <summary>
/// What a process pool costs before any work: starting N workers (in parallel) until each is ready,
/// and stopping them; beside it, the floor: the worker program started N times bare, with no pool
/// around it, and waited for until it exits.
/// </summary>
[CostAgainstWorkers]
public class PoolStartup
{
    public static IEnumerable<int> WorkerCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [ParamsSource(nameof(WorkerCountValues))]
    public int Workers { get; set; }

    [Benchmark]
    public int StartAndStop()
    {
        using var pool = Pool.Start(Workers);
        return pool.Workers;
    }

    [Benchmark]
    public void BareWorkers() => Pool.RunBareWorkers(Workers);
}
