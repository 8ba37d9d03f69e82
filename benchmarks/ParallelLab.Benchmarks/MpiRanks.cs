using ParallelLab.Paradigms.Runs;
using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Core.Autocorrelation;
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
        SameAsSerial.Check("MPI ranks", _acf.Serial(), AcfOverWords());
    }

    [Benchmark(Baseline = true)]
    public double[] Serial() => _acf.Serial();

    [Benchmark]
    public double[] AcfOverWords() => InProcessMpi.Run(Ranks, comm => MpiAcf.Run(comm, _acf, Combine, Messages))[0]!;
}
