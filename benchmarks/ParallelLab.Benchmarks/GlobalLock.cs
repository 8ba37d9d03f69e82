using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Benchmarks;

/// <summary>
/// The GIL demonstration: the same Python-style threads with and without a CPython-style global
/// lock (5 ms switch interval), against the serial kernel. Under the lock, CPU-bound threads take
/// turns and Ratio stays at 1 or above; without it they share the cores.
/// </summary>
public class GlobalLock
{
    private BoundWorkload _work = null!;

    public static IEnumerable<int> WorkerCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [Params(CpuWork.AcfOverWords, CpuWork.WordCount)]
    public CpuWork Work { get; set; }

    [ParamsSource(nameof(WorkerCountValues))]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _work = Work.Bind(CorpusWorkload.Current);
        _work.CheckAgainstSerial(Workers, EngineCatalogue.NoGil, EngineCatalogue.Gil);
    }

    [Benchmark(Baseline = true)]
    public object Serial() => _work.Serial();

    [Benchmark]
    public object FreeThreads() => _work.Run(EngineCatalogue.NoGil, Workers);

    [Benchmark]
    public object UnderGlobalLock() => _work.Run(EngineCatalogue.Gil, Workers);
}
