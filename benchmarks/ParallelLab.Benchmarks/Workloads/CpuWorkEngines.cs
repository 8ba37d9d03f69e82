using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Threads;

namespace ParallelLab.Benchmarks.Workloads;

/// <summary>Each <see cref="CpuWork"/> as its engine family from the catalogue, bound to the corpus in memory.</summary>
internal static class CpuWorkEngines
{
    public static BoundWorkload Bind(this CpuWork work, CorpusWorkload corpus) => work switch
    {
        CpuWork.AcfOverWords => BoundWorkload.Bind(EngineCatalogue.Acf(AcfSplit.Words), corpus.ReferenceAcf()),
        CpuWork.AcfOverLags => BoundWorkload.Bind(EngineCatalogue.Acf(AcfSplit.Lags), corpus.ReferenceAcf()),
        CpuWork.WordCount => BoundWorkload.Bind(EngineCatalogue.WordCount(), corpus.WordCount()),
        _ => throw new ArgumentOutOfRangeException(nameof(work), work, null),
    };
}
