using System.Diagnostics;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Threads;

/// <summary>Corpus word counting on shared-memory threads: per-worker tables, merged at the end on as many threads.</summary>
public static class ThreadedWordCount
{
    public static WordCountRun Run(WordCountWorkload workload, ThreadStrategy strategy, int workers)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(strategy);
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<CorpusWordCounts> partials = CountPartials(workload, strategy, workers);
        TimeSpan counting = stopwatch.Elapsed;

        stopwatch.Restart();
        WordTable table = WordCountWorkload.Merge(partials, workers);
        return new WordCountRun(table, counting, stopwatch.Elapsed, partials.Count);
    }

    /// <summary>The parallel phase alone: one table per worker, not yet merged.</summary>
    public static IReadOnlyList<CorpusWordCounts> CountPartials(WordCountWorkload workload, ThreadStrategy strategy, int workers)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(strategy);
        return strategy.Run(workload.Books.Count, workers, () => new CorpusWordCounts(), (item, counts) => workload.CountInto(counts, workload.LargestFirst[item]));
    }
}
