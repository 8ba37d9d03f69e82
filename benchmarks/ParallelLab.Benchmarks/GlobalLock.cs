using ParallelLab.Paradigms.Runs;
using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Paradigms.GlobalLock;
using ParallelLab.Paradigms.Threads;

namespace ParallelLab.Benchmarks;

/// <summary>
/// The GIL demonstration: the same threads with and without a CPython-style global lock (5 ms
/// switch interval), against the serial kernel. Under the lock, CPU-bound threads take turns and
/// Ratio stays at 1 or above; without it they share the cores.
/// </summary>
public class GlobalLock
{
    private GilWorkRunner _runner = null!;

    public static IEnumerable<int> WorkerCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [Params(CpuWork.AcfOverWords, CpuWork.WordCount)]
    public CpuWork Work { get; set; }

    [ParamsSource(nameof(WorkerCountValues))]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _runner = new GilWorkRunner(Work, CorpusWorkload.Current);
        object serial = _runner.Serial();
        CpuWorkRunner.CheckAgainst(serial, _runner.FreeThreads(Workers), "free threads");
        CpuWorkRunner.CheckAgainst(serial, _runner.UnderGlobalLock(Workers, new GlobalInterpreterLock()), "threads under the global lock");
    }

    [Benchmark(Baseline = true)]
    public object Serial() => _runner.Serial();

    [Benchmark]
    public object FreeThreads() => _runner.FreeThreads(Workers);

    [Benchmark]
    public object UnderGlobalLock() => _runner.UnderGlobalLock(Workers, new GlobalInterpreterLock());
}
