using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.GlobalLock;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Benchmarks.Workloads;

/// <summary>
/// Runs a <see cref="CpuWork"/> on Python-style threads (a <see cref="BlockingThreadPool"/>),
/// with or without the global lock, so that the lock is the only difference.
/// </summary>
internal sealed class GilWorkRunner
{
    private readonly CpuWork _work;
    private readonly AcfWorkload _acf;
    private readonly WordCountWorkload _wordCount;

    public GilWorkRunner(CpuWork work, CorpusWorkload corpus)
    {
        if (work == CpuWork.AcfOverLags)
        {
            throw new ArgumentException("the global-lock benchmark splits the ACF by word only", nameof(work));
        }

        _work = work;
        _acf = corpus.ReferenceAcf();
        _wordCount = corpus.WordCount();
    }

    public object Serial() => _work == CpuWork.WordCount ? _wordCount.Serial() : _acf.Serial();

    public object FreeThreads(int workers) => _work == CpuWork.WordCount
        ? WordCountWorkload.Merge(BlockingThreadPool.Map(_wordCount.Books.Count, workers, book =>
        {
            var counts = new CorpusWordCounts();
            _wordCount.CountInto(counts, book);
            return counts;
        }))
        : _acf.Average(BlockingThreadPool.Map(_acf.Words.Count, workers, w => _acf.WordRow(w)));

    public object UnderGlobalLock(int workers, GlobalInterpreterLock gil) => _work == CpuWork.WordCount
        ? GilWorkloads.WordCount(_wordCount, workers, gil)
        : GilWorkloads.AcfOverWords(_acf, workers, gil);
}
