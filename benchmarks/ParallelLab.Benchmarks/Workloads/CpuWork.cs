using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Threads;

namespace ParallelLab.Benchmarks.Workloads;

/// <summary>The CPU-bound jobs the shared-memory benchmarks divide among threads.</summary>
public enum CpuWork
{
    /// <summary>ACF of the largest book's 16 top words (reference kernel), one item per word.</summary>
    AcfOverWords,

    /// <summary>The same ACF, one item per block of lags.</summary>
    AcfOverLags,

    /// <summary>Word counting of the whole corpus, one item per book, per-worker tables merged at the end.</summary>
    WordCount,
}

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
