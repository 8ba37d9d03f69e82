using ParallelLab.Paradigms.Engines;
using BenchmarkDotNet.Attributes;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Benchmarks.Configuration;
using Pool = ParallelLab.Paradigms.Processes.ProcessPool;

namespace ParallelLab.Benchmarks;

/// <summary>What a process pool costs before any work: starting N workers (in parallel) until each is ready, and stopping them.</summary>
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
}
