using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Partitioning;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Processes;

/// <summary>The lab's workloads on a <see cref="ProcessPool"/>: map, starmap, and the results put back in order.</summary>
public static class PoolWorkloads
{
    /// <summary>Map: one item per word (its id), the text shared.</summary>
    public static double[] AcfOverWords(ProcessPool pool, AcfWorkload workload, SharedArguments mode, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(workload);
        byte[][] results = pool.Map(WorkerKernels.AcfWord.Name, AcfWorkerKernels.EncodeShared(workload), workload.Words, mode, chunkSize);
        return workload.Average(results.Select(DecodeRow).ToArray());
    }

    /// <summary>Starmap: one item per (word, first lag, lag count), as many lag blocks per word as workers.</summary>
    public static double[] AcfOverLags(ProcessPool pool, AcfWorkload workload, SharedArguments mode, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(workload);
        Range[] blocks = EvenSplit.Blocks(workload.Timesteps, Math.Min(pool.Workers, workload.Timesteps));
        (int Word, Range Lags)[] cases = [.. Enumerable.Range(0, workload.Words.Count).SelectMany(w => blocks.Select(b => (w, b)))];
        int[][] items = cases.Select(c => new[] { workload.Words[c.Word], c.Lags.Start.Value, c.Lags.End.Value - c.Lags.Start.Value }).ToArray();
        byte[][] results = pool.StarMap(WorkerKernels.AcfWordLags.Name, AcfWorkerKernels.EncodeShared(workload), items, mode, chunkSize);
        var rows = new double[workload.Words.Count][];
        for (int i = 0; i < cases.Length; i++)
        {
            rows[cases[i].Word] ??= new double[workload.Timesteps];
            DecodeRow(results[i]).CopyTo(rows[cases[i].Word], cases[i].Lags.Start.Value);
        }

        return workload.Average(rows);
    }

    /// <summary>Starmap: one item per book, (name, bytes); the tables are merged in book order.</summary>
    public static WordTable WordCount(ProcessPool pool, WordCountWorkload workload, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(workload);
        byte[][] items = workload.Books.Select((book, i) => WordCountKernel.EncodeArguments(workload.Names[i], book)).ToArray();
        byte[][] results = pool.Run(WorkerKernels.WordCountBook.Name, [], items, SharedArguments.Once, chunkSize);
        var counts = new CorpusWordCounts();
        for (int book = 0; book < results.Length; book++)
        {
            WordCountKernel.AddResult(counts, results[book], book);
        }

        return counts.ToTable();
    }

    private static double[] DecodeRow(byte[] result)
    {
        using BinaryReader reader = Payload.Reader(result);
        return reader.ReadDoubles();
    }
}
