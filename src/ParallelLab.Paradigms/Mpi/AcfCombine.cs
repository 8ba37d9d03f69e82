namespace ParallelLab.Paradigms.Mpi;

/// <summary>How the ranks' ACF rows reach rank 0.</summary>
public enum AcfCombine
{
    /// <summary>Every other rank sends its rows to rank 0, which receives them in rank order (the lesson's p2p version).</summary>
    PointToPoint,

    /// <summary>One gather to rank 0 (the lesson's collective version).</summary>
    Gather,

    /// <summary>A sum-reduce of each rank's rows placed in a zeroed words × lags matrix.</summary>
    Reduce,
}
