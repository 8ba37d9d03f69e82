namespace ParallelLab.Paradigms.Threads;

/// <summary>How the ACF is cut into work items.</summary>
public enum AcfSplit
{
    /// <summary>One item per top word.</summary>
    Words,

    /// <summary>One item per block of lags, each for every word.</summary>
    Lags,
}
