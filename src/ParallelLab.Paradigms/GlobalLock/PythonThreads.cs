using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.GlobalLock;

/// <summary>
/// The CPU-bound kernels run as Python threads run them (a <see cref="BlockingThreadPool"/>, the
/// lesson's <c>ThreadPoolExecutor</c>): under the global lock, or without one, as in a
/// free-threaded CPython (PEP 703, "nogil"). The lock is the only difference between the two.
/// </summary>
public static class PythonThreads
{
    /// <summary>One item per word; under a lock, the reference kernel checks in after every lag.</summary>
    public static double[] AcfOverWords(AcfWorkload workload, int workers, GlobalInterpreterLock? gil)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return workload.Average(Map(workload.Words.Count, workers, gil, (w, checkpoint) => workload.WordRow(w, checkpoint)));
    }

    /// <summary>
    /// One item per book, each counted into its own table (the tokeniser checks in every 64 Ki
    /// characters), merged at the end on one thread, as the lesson's Python merges after the join.
    /// </summary>
    public static WordTable WordCount(WordCountWorkload workload, int workers, GlobalInterpreterLock? gil)
    {
        ArgumentNullException.ThrowIfNull(workload);
        CorpusWordCounts[] perBook = Map(workload.Books.Count, workers, gil, (item, checkpoint) =>
        {
            var counts = new CorpusWordCounts();
            workload.CountInto(counts, workload.LargestFirst[item], checkpoint);
            return counts;
        });
        return WordCountWorkload.Merge(perBook, degreeOfParallelism: 1);
    }

    private static T[] Map<T>(int itemCount, int workers, GlobalInterpreterLock? gil, Func<int, Action?, T> body) =>
        gil is null
            ? BlockingThreadPool.Map(itemCount, workers, item => body(item, null))
            : GilThreads.Map(itemCount, workers, gil, (item, checkpoint) => body(item, checkpoint));
}
