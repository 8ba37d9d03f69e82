using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Core.Text;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Benchmarks.Workloads;

/// <summary>
/// The corpus a benchmark process works on, loaded into memory once so that benchmarks time the
/// kernels, not the disk: every book's bytes, and the largest book tokenised with its top words.
/// </summary>
internal sealed class CorpusWorkload
{
    public const int AcfWords = 16;
    public const int AcfTimesteps = 100;

    private static readonly Lazy<CorpusWorkload> Shared = new(() => Load(CorpusLocator.Resolve()));

    private CorpusWorkload(BookCorpus corpus, byte[][] books, TokenizedBook largest)
    {
        Corpus = corpus;
        Books = books;
        LargestBook = largest;
        TopWords = Core.Autocorrelation.TopWords.MostFrequent(largest, AcfWords);
    }

    public static CorpusWorkload Current => Shared.Value;

    public BookCorpus Corpus { get; }

    /// <summary>Every book's file bytes, in corpus order.</summary>
    public IReadOnlyList<byte[]> Books { get; }

    public TokenizedBook LargestBook { get; }

    /// <summary>The largest book's top words, as its .dat file would list them.</summary>
    public IReadOnlyList<int> TopWords { get; }

    /// <summary>The ACF job the parallel benchmarks divide: top words, 100 lags, the lesson's kernel.</summary>
    public AcfWorkload ReferenceAcf() => new(LargestBook, TopWords, AcfTimesteps, ReferenceAcfKernel.Instance);

    /// <summary>Word counting of every book in memory.</summary>
    public WordCountWorkload WordCount() => new(Books, Corpus.Books.Select(b => b.Name).ToArray());

    private static CorpusWorkload Load(BookCorpus corpus)
    {
        byte[][] books = corpus.Books.Select(b => File.ReadAllBytes(b.Path)).ToArray();
        BookFile largestFile = corpus.Largest;
        int largestIndex = corpus.Books.ToList().IndexOf(largestFile);
        TokenizedBook largest = Tokenizer.TokenizeUtf8(books[largestIndex], largestFile.Name);

        // The position index is the fast kernel's one-time set-up per book; build it here so
        // the ACF benchmarks time the kernels (the Serial class times the index on its own).
        _ = largest.Positions;
        return new CorpusWorkload(corpus, books, largest);
    }
}
