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
