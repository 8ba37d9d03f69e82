using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.GlobalLock;

/// <summary>The CPU-bound kernels run as Python threads would run them, under the global lock.</summary>
public static class GilWorkloads
{
    /// <summary>One item per word; the reference kernel checks in after every lag.</summary>
    public static double[] AcfOverWords(AcfWorkload workload, int workers, GlobalInterpreterLock gil)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return workload.Average(GilThreads.Map(workload.Words.Count, workers, gil, (w, checkpoint) => workload.WordRow(w, checkpoint)));
    }

    /// <summary>One item per book, each counted into its own table (the tokeniser checks in every 64 Ki characters), merged at the end.</summary>
    public static WordCountEntry[] WordCount(WordCountWorkload workload, int workers, GlobalInterpreterLock gil)
    {
        ArgumentNullException.ThrowIfNull(workload);
        CorpusWordCounts[] perBook = GilThreads.Map(workload.Books.Count, workers, gil, (book, checkpoint) =>
        {
            var counts = new CorpusWordCounts();
            workload.CountInto(counts, book, checkpoint);
            return counts;
        });
        return WordCountWorkload.Merge(perBook);
    }
}
