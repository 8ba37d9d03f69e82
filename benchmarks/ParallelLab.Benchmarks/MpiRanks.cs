using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Benchmarks;

/// <summary>
/// The lesson's MPI word ACF (reference kernel) on simulated ranks, against the serial kernel:
/// rows combined point to point, by gather or by reduce, as objects or as buffers.
/// </summary>
public class MpiRanks
{
    private AcfWorkload _acf = null!;
    private Engine<AcfWorkload, double[]> _ranks = null!;

    public static IEnumerable<int> RankCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [ParamsSource(nameof(RankCountValues))]
    public int Ranks { get; set; }

    /// <summary>The quick profile keeps point to point and reduce; gather sits between them.</summary>
    public static IEnumerable<AcfCombine> CombineValues => LabProfile.IsQuick ? [AcfCombine.PointToPoint, AcfCombine.Reduce] : Enum.GetValues<AcfCombine>();

    [ParamsSource(nameof(CombineValues))]
    public AcfCombine Combine { get; set; }

    [ParamsAllValues]
    public MessageKind Messages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _acf = CorpusWorkload.Current.ReferenceAcf();
        _ranks = EngineCatalogue.Mpi[EngineCatalogue.MpiName(Combine, Messages)];
        EngineCatalogue.Mpi.CheckEngines(_acf, _acf.Serial(), Ranks, [_ranks]);
    }

    [Benchmark(Baseline = true)]
    public double[] Serial() => _acf.Serial();

    [Benchmark]
    public double[] AcfOverWords() => _ranks.Run(_acf, Ranks);
}
