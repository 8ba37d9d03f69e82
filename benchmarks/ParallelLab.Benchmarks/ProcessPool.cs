using ParallelLab.Paradigms.Runs;
using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Workloads;
using Pool = ParallelLab.Paradigms.Processes.ProcessPool;

namespace ParallelLab.Benchmarks;

/// <summary>
/// The ACF (reference kernel, split by word) on a pool of worker processes, against the serial
/// kernel: the text shipped once per worker or with every item, in chunks of 1 or 4 words.
/// The pool starts in the set-up; <see cref="PoolStartup"/> times that apart.
/// </summary>
public class ProcessPool
{
    private Pool _pool = null!;
    private AcfWorkload _acf = null!;

    public static IEnumerable<int> WorkerCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [ParamsSource(nameof(WorkerCountValues))]
    public int Workers { get; set; }

    [ParamsAllValues]
    public SharedArguments Shared { get; set; }

    /// <summary>The quick profile keeps chunks of one item, the lesson's <c>pool.map</c> default.</summary>
    public static IEnumerable<int> ChunkSizeValues => LabProfile.IsQuick ? [1] : [1, 4];

    [ParamsSource(nameof(ChunkSizeValues))]
    public int ChunkSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _acf = CorpusWorkload.Current.ReferenceAcf();
        _pool = Pool.Start(Workers);
        SameAsSerial.Check("process pool", _acf.Serial(), AcfOverWords());
    }

    [GlobalCleanup]
    public void Cleanup() => _pool.Dispose();

    [Benchmark(Baseline = true)]
    public double[] Serial() => _acf.Serial();

    [Benchmark]
    public double[] AcfOverWords() => PoolWorkloads.AcfOverWords(_pool, _acf, Shared, ChunkSize);
}
