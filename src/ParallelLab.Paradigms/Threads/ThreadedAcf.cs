using ParallelLab.Paradigms.Partitioning;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Threads;

/// <summary>The ACF on shared-memory threads, split by word or by lag.</summary>
public static class ThreadedAcf
{
    /// <summary>One work item per word; rows come back in word order.</summary>
    public static double[] OverWords(AcfWorkload workload, ThreadStrategy strategy, int workers)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return workload.Average(RowsOverWords(workload, strategy, workers));
    }

    /// <summary>The parallel phase of <see cref="OverWords"/>: the rows, not yet averaged.</summary>
    public static double[][] RowsOverWords(AcfWorkload workload, ThreadStrategy strategy, int workers)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(strategy);
        return strategy.Map(workload.Words.Count, workers, w => workload.WordRow(w));
    }

    /// <summary>
    /// One work item per even block of lags (as many blocks as workers), each computing its lags
    /// for every word. Cheap to balance for the reference kernel, whose cost per lag is nearly
    /// constant; wasteful for the fast kernel, which scans every occurrence for any lag range.
    /// </summary>
    public static double[] OverLags(AcfWorkload workload, ThreadStrategy strategy, int workers)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return workload.AverageLagBlocks(LagBlocks(workload, strategy, workers));
    }

    /// <summary>The parallel phase of <see cref="OverLags"/>: the lag blocks, not yet reassembled.</summary>
    public static (Range Lags, double[][] Block)[] LagBlocks(AcfWorkload workload, ThreadStrategy strategy, int workers)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(strategy);
        Range[] lagBlocks = EvenSplit.Blocks(workload.Timesteps, Math.Min(workers, workload.Timesteps));
        double[][][] blocks = strategy.Map(lagBlocks.Length, workers, b => workload.LagBlock(lagBlocks[b]));
        return lagBlocks.Zip(blocks).ToArray();
    }
}
