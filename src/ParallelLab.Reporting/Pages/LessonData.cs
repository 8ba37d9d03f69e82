using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Reporting.Pages;

/// <summary>What the lesson's pictures show, computed from one book: its word-count table and its average ACF.</summary>
public sealed record LessonData(string Book, IReadOnlyList<WordCountEntry> Table, IReadOnlyList<double> Acf, int AcfWords)
{
    /// <summary>The corpus's largest book, counted as wordcount.py counts it; the ACF of its top 16 words over 100 lags.</summary>
    public static LessonData FromCorpus(BookCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        BookFile book = corpus.Largest;
        TokenizedBook text = Tokenizer.TokenizeFile(book.Path);
        WordCountEntry[] table = WordCountTable.FromBook(text, 1);
        int[] top = TopWords.FromDat(text, table, AcfFiles.DefaultWords, book.Name);
        double[] acf = AcfAverage.Compute(FastAcfKernel.Instance, text, top, AcfFiles.DefaultTimesteps);
        return new LessonData(book.Name, table, acf, top.Length);
    }
}
