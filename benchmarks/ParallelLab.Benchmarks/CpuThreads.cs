using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Threads;

namespace ParallelLab.Benchmarks;

/// <summary>
/// CPU-bound work on shared-memory threads, five ways, against the serial kernel (the baseline,
/// so Ratio reads as 1 / speedup). <see cref="Merge"/> times the step that follows the parallel
/// phase on its own (for word count, split by partition over as many threads as workers).
/// </summary>
public class CpuThreads
{
    private BoundWorkload _work = null!;

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
        _work = Work.Bind(CorpusWorkload.Current);
        _work.CheckAgainstSerial(Workers, ThreadStrategies.All.Select(s => s.Name));
        _work.PrepareMerge(Workers);
    }

    [Benchmark(Baseline = true)]
    public object Serial() => _work.Serial();

    [Benchmark]
    public object ParallelFor() => _work.Run(ThreadStrategies.ParallelFor.Name, Workers);

    [Benchmark]
    public object ParallelForEach() => _work.Run(ThreadStrategies.ParallelForEach.Name, Workers);

    [Benchmark]
    public object Plinq() => _work.Run(ThreadStrategies.Plinq.Name, Workers);

    [Benchmark]
    public object Tasks() => _work.Run(ThreadStrategies.Tasks.Name, Workers);

    [Benchmark]
    public object Threads() => _work.Run(ThreadStrategies.Threads.Name, Workers);

    [Benchmark]
    public object Merge() => _work.Merge();
}
