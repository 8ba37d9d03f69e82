using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Runs;

/// <summary>
/// The distributed-memory engines for timing reports: simulated MPI ranks, and process pools that
/// are already running (their start-up is reported apart, not timed with the work).
/// </summary>
public static class DistributedEngines
{
    public static string Name(AcfCombine combine, MessageKind messages) =>
        $"{(combine == AcfCombine.PointToPoint ? "p2p" : combine.ToString().ToLowerInvariant())}/{messages.ToString().ToLowerInvariant()}";

    public static IEnumerable<EngineRun<double[]>> MpiAcf(AcfWorkload workload, IReadOnlyList<AcfCombine> combines, IReadOnlyList<MessageKind> messages, IReadOnlyList<int> rankCounts)
    {
        ArgumentNullException.ThrowIfNull(combines);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(rankCounts);
        return from combine in combines
               from kind in messages
               from ranks in rankCounts
               select EngineRun.Whole(Name(combine, kind), ranks, () => InProcessMpi.Run(ranks, comm => Mpi.MpiAcf.Run(comm, workload, combine, kind))[0]!);
    }

    public static IEnumerable<EngineRun<double[]>> PoolAcf(AcfWorkload workload, IReadOnlyList<ProcessPool> pools, AcfSplit split, IReadOnlyList<SharedArguments> shared, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(shared);
        return from mode in shared
               from pool in pools
               select EngineRun.Whole($"pool/{(mode == SharedArguments.Once ? "once" : "per-item")}", pool.Workers, () => split == AcfSplit.Words
                   ? PoolWorkloads.AcfOverWords(pool, workload, mode, chunkSize)
                   : PoolWorkloads.AcfOverLags(pool, workload, mode, chunkSize));
    }

    public static IEnumerable<EngineRun<WordCountEntry[]>> PoolWordCount(WordCountWorkload workload, IReadOnlyList<ProcessPool> pools, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(pools);
        return pools.Select(pool => EngineRun.Whole("pool", pool.Workers, () => PoolWorkloads.WordCount(pool, workload, chunkSize)));
    }
}
