using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Cluster;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Benchmarks;

/// <summary>
/// The lesson's ipyparallel exercise: the MPI-style ACF (reference kernel, top words scattered)
/// through a broadcast view of 1, 2, 4 local engines, against the serial kernel. The engines start
/// in the set-up and each reads and tokenises the book once there, as the lesson's cells do before
/// the timed one; <see cref="EngineOverhead"/> times what a task costs apart from its work.
/// </summary>
public class Engines
{
    private Cluster.Cluster _cluster = null!;
    private AcfWorkload _acf = null!;
    private string _book = null!;

    public static IEnumerable<int> WorkerCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [ParamsSource(nameof(WorkerCountValues))]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _acf = CorpusWorkload.Current.ReferenceAcf();
        _book = CorpusWorkload.Current.Corpus.Largest.Path;
        _cluster = Cluster.Cluster.StartAsync(Workers).GetAwaiter().GetResult();
        double[] serial = _acf.Serial();
        if (!EngineAcf.Run(_cluster.BroadcastView(), _acf, _book).AsSpan().SequenceEqual(serial))
        {
            throw new InvalidOperationException($"the ACF on {Workers} engines differs from serial");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public double[] Serial() => _acf.Serial();

    [Benchmark]
    public double[] AcfBroadcast() => EngineAcf.Run(_cluster.BroadcastView(), _acf, _book);
}
