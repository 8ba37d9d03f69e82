using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Benchmarks;

/// <summary>
/// The serial baseline every paradigm is measured against: word counting over the whole corpus
/// (each book's ranked table), and the two ACF kernels (16 top words, 100 lags) on the corpus's
/// largest book.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class Serial
{
    private CorpusWorkload _workload = null!;

    [GlobalSetup]
    public void Setup() => _workload = CorpusWorkload.Current;

    /// <summary>Every book's table, the rows its .dat is written from (the workflow's count_words without the file).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("WordCount")]
    [WholeCorpus]
    public int WordCountCorpus()
    {
        int rows = 0;
        for (int i = 0; i < _workload.Books.Count; i++)
        {
            rows += BookWordCounter.Count(_workload.Books[i], _workload.Corpus.Books[i].Name).Count;
        }

        return rows;
    }

    /// <summary>The same tables with every row made a .NET string and entry: what strings cost over the counting.</summary>
    [Benchmark]
    [BenchmarkCategory("WordCount")]
    [WholeCorpus]
    public int WordCountCorpusAsStrings()
    {
        int rows = 0;
        for (int i = 0; i < _workload.Books.Count; i++)
        {
            rows += BookWordCounter.Count(_workload.Books[i], _workload.Corpus.Books[i].Name).ToArray().Length;
        }

        return rows;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Acf")]
    public double[] AcfReferenceKernel() =>
        AcfAverage.Compute(ReferenceAcfKernel.Instance, _workload.LargestBook, _workload.TopWords, CorpusWorkload.AcfTimesteps);

    [Benchmark]
    [BenchmarkCategory("Acf")]
    public double[] AcfFastKernel() =>
        AcfAverage.Compute(FastAcfKernel.Instance, _workload.LargestBook, _workload.TopWords, CorpusWorkload.AcfTimesteps);

    /// <summary>The fast kernel's one-time index of the book, which <see cref="AcfFastKernel"/> reuses.</summary>
    [Benchmark]
    [BenchmarkCategory("Acf")]
    public WordPositions AcfFastKernelIndex() =>
        WordPositions.Index(_workload.LargestBook.WordIds, _workload.LargestBook.VocabularySize);
}
