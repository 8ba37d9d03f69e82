using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Threads;
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
    private Engine<AcfWorkload, double[]> _engine = null!;

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
        EngineFamily<AcfWorkload, double[]> family = EngineCatalogue.PoolAcf(_ => _pool, AcfSplit.Words, ChunkSize);
        _engine = family[EngineCatalogue.PoolName(Shared)];
        family.CheckEngines(_acf, _acf.Serial(), Workers, [_engine]);
    }

    [GlobalCleanup]
    public void Cleanup() => _pool.Dispose();

    [Benchmark(Baseline = true)]
    public double[] Serial() => _acf.Serial();

    [Benchmark]
    public double[] AcfOverWords() => _engine.Run(_acf, Workers);
}
