using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Benchmarks.Workloads;

/// <summary>
/// Runs one <see cref="CpuWork"/> serially or with a thread strategy, and splits a parallel run
/// into its parallel phase and its merge so the merge can be timed alone.
/// </summary>
internal sealed class CpuWorkRunner
{
    private readonly CpuWork _work;
    private readonly AcfWorkload _acf;
    private readonly WordCountWorkload _wordCount;

    public CpuWorkRunner(CpuWork work, CorpusWorkload corpus)
    {
        _work = work;
        _acf = corpus.ReferenceAcf();
        _wordCount = corpus.WordCount();
    }

    public object Serial() => _work == CpuWork.WordCount ? _wordCount.Serial() : _acf.Serial();

    public object Run(ThreadStrategy strategy, int workers) => _work switch
    {
        CpuWork.AcfOverWords => ThreadedAcf.OverWords(_acf, strategy, workers),
        CpuWork.AcfOverLags => ThreadedAcf.OverLags(_acf, strategy, workers),
        _ => ThreadedWordCount.Run(_wordCount, strategy, workers).Table,
    };

    /// <summary>The parallel phase's output, to be merged by <see cref="Merge"/>.</summary>
    public object Partials(ThreadStrategy strategy, int workers) => _work switch
    {
        CpuWork.AcfOverWords => ThreadedAcf.RowsOverWords(_acf, strategy, workers),
        CpuWork.AcfOverLags => ThreadedAcf.LagBlocks(_acf, strategy, workers),
        _ => ThreadedWordCount.CountPartials(_wordCount, strategy, workers),
    };

    /// <summary>The serial step after the parallel phase: average rows, reassemble lag blocks, or merge tables.</summary>
    public object Merge(object partials) => partials switch
    {
        double[][] rows => _acf.Average(rows),
        (Range, double[][])[] blocks => _acf.AverageLagBlocks(blocks),
        IReadOnlyList<CorpusWordCounts> tables => WordCountWorkload.Merge(tables),
        _ => throw new ArgumentException($"not a partial result of {_work}", nameof(partials)),
    };

    /// <summary>Throws unless <paramref name="result"/> equals the serial result exactly.</summary>
    public static void CheckAgainst(object serial, object result, string engine)
    {
        if (serial is double[] serialAcf)
        {
            Configuration.SameAsSerial.Check(engine, serialAcf, (double[])result);
        }
        else
        {
            Configuration.SameAsSerial.Check(engine, (WordCountEntry[])serial, (WordCountEntry[])result);
        }
    }
}
