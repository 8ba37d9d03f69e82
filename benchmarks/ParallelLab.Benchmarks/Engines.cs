using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Cluster;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Benchmarks;

/// <summary>
/// The lesson's ipyparallel exercise: the ACF (reference kernel) through a broadcast view of 1, 2,
/// 4 engines, against the serial kernel: local engines, the top words scattered and the rows
/// gathered; or MPI engines (the ranks of one mpiexec.mpich job) running the lesson's MPI script.
/// The engines start in the set-up and each reads and tokenises the book once there, as the
/// lesson's cells do before the timed one; <see cref="EngineOverhead"/> times what a task costs
/// apart from its work.
/// </summary>
public class Engines
{
    private Cluster.Cluster _cluster = null!;
    private AcfWorkload _acf = null!;
    private string _book = null!;

    public static IEnumerable<int> WorkerCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [ParamsSource(nameof(WorkerCountValues))]
    public int Workers { get; set; }

    [ParamsAllValues]
    public EngineLauncher Launcher { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _acf = CorpusWorkload.Current.ReferenceAcf();
        _book = CorpusWorkload.Current.Corpus.Largest.Path;
        _cluster = Cluster.Cluster.StartAsync(Workers, Launcher).GetAwaiter().GetResult();
        if (!AcfBroadcast().AsSpan().SequenceEqual(_acf.Serial()))
        {
            throw new InvalidOperationException($"the ACF on {Workers} {Launcher} engines differs from serial");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public double[] Serial() => _acf.Serial();

    [Benchmark]
    public double[] AcfBroadcast() => Launcher == EngineLauncher.Mpi
        ? EngineAcf.RunMpi(_cluster.BroadcastView(), _acf, _book)
        : EngineAcf.Run(_cluster.BroadcastView(), _acf, _book);
}
