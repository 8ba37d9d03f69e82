using ParallelLab.Paradigms.Runs;
using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Paradigms.Threads;

namespace ParallelLab.Benchmarks;

/// <summary>
/// CPU-bound work on shared-memory threads, four ways, against the serial kernel (the baseline,
/// so Ratio reads as 1 / speedup). <see cref="Merge"/> times the serial step that follows the
/// parallel phase on its own.
/// </summary>
public class CpuThreads
{
    private CpuWorkRunner _runner = null!;
    private object _partials = null!;

    public static IEnumerable<int> WorkerCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    /// <summary>The quick profile leaves out the split by lag, a variant of the split by word.</summary>
    public static IEnumerable<CpuWork> WorkValues => LabProfile.IsQuick ? [CpuWork.AcfOverWords, CpuWork.WordCount] : Enum.GetValues<CpuWork>();

    [ParamsSource(nameof(WorkValues))]
    public CpuWork Work { get; set; }

    [ParamsSource(nameof(WorkerCountValues))]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _runner = new CpuWorkRunner(Work, CorpusWorkload.Current);
        object serial = _runner.Serial();
        foreach (ThreadStrategy strategy in ThreadStrategies.All)
        {
            CpuWorkRunner.CheckAgainst(serial, _runner.Run(strategy, Workers), strategy.Name);
        }

        _partials = _runner.Partials(ThreadStrategies.ParallelFor, Workers);
        CpuWorkRunner.CheckAgainst(serial, _runner.Merge(_partials), "merge");
    }

    [Benchmark(Baseline = true)]
    public object Serial() => _runner.Serial();

    [Benchmark]
    public object ParallelFor() => _runner.Run(ThreadStrategies.ParallelFor, Workers);

    [Benchmark]
    public object Plinq() => _runner.Run(ThreadStrategies.Plinq, Workers);

    [Benchmark]
    public object Tasks() => _runner.Run(ThreadStrategies.Tasks, Workers);

    [Benchmark]
    public object Threads() => _runner.Run(ThreadStrategies.Threads, Workers);

    [Benchmark]
    public object Merge() => _runner.Merge(_partials);
}
