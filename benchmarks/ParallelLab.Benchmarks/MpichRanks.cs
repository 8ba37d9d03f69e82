using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Cli.Mpi;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Benchmarks;

/// <summary>
/// The lesson's MPI ACF on real MPICH ranks: whole <c>mpiexec.mpich -n p parallellab mpi acf</c>
/// jobs (start-up, reading the book on every rank, the kernel, the gather), against the serial
/// kernel in this process. <see cref="MpichStartup"/> times the start-up alone.
/// </summary>
public class MpichRanks
{
    private MpichAcfJob _job = null!;
    private AcfWorkload _acf = null!;

    public static IEnumerable<int> RankCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [ParamsSource(nameof(RankCountValues))]
    public int Ranks { get; set; }

    [ParamsAllValues]
    public MessageKind Messages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _acf = CorpusWorkload.Current.ReferenceAcf();
        _job = new MpichAcfJob(CorpusWorkload.Current.Corpus.Largest.Path);
        EngineCatalogue.Mpi.CheckEngines(_acf, _acf.Serial(), Ranks, [Engine.Of<AcfWorkload, double[]>("mpich", (w, ranks) => _job.RunAcf(ranks, AcfCombine.Gather, Messages, w.Kernel))]);
    }

    [GlobalCleanup]
    public void Cleanup() => _job.DeleteFolder();

    [Benchmark(Baseline = true)]
    public double[] Serial() => _acf.Serial();

    [Benchmark]
    public double[] AcfJob() => _job.RunAcf(Ranks, AcfCombine.Gather, Messages, _acf.Kernel);
}
