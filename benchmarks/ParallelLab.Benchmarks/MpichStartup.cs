using BenchmarkDotNet.Attributes;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Cli.Mpi;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Benchmarks;

/// <summary>What an MPI job costs before any work: <c>mpiexec.mpich -n p parallellab mpi hello</c>, start to end.</summary>
[CostAgainstWorkers]
public class MpichStartup
{
    private MpichAcfJob _job = null!;

    public static IEnumerable<int> RankCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [ParamsSource(nameof(RankCountValues))]
    public int Ranks { get; set; }

    [GlobalSetup]
    public void Setup() => _job = new MpichAcfJob(CorpusWorkload.Current.Corpus.Largest.Path);

    [GlobalCleanup]
    public void Cleanup() => _job.DeleteFolder();

    [Benchmark]
    public string StartAndStop() => _job.RunHello(Ranks);
}
