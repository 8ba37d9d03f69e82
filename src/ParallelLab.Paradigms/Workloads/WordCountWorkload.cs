using ParallelLab.Core.Corpus;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Paradigms.Workloads;

/// <summary>
/// Word counting over a corpus held in memory: every book decoded, tokenised and added to a
/// corpus-wide <see cref="CorpusWordCounts"/>. Workers count disjoint books into their own
/// accumulators, which are merged at the end; the merged table equals <see cref="Serial"/>.
/// </summary>
public sealed class WordCountWorkload
{
    public WordCountWorkload(IReadOnlyList<byte[]> books, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(books);
        ArgumentNullException.ThrowIfNull(names);
        if (books.Count != names.Count)
        {
            throw new ArgumentException("every book needs a name", nameof(names));
        }

        Books = books;
        Names = names;
        LargestFirst = [.. Enumerable.Range(0, books.Count).OrderByDescending(i => books[i].Length).ThenBy(i => i)];
    }

    public IReadOnlyList<byte[]> Books { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// Book indexes by decreasing size: the order workers take them in. Books differ 125-fold in
    /// size, and the largest taken last would leave one worker counting while the others wait;
    /// largest first is Graham's longest-processing-time rule ("Bounds on multiprocessing timing
    /// anomalies", SIAM Journal on Applied Mathematics 17(2), 1969), within 4/3 of the best
    /// schedule. The tables keep the corpus order whatever order the books are counted in.
    /// </summary>
    public IReadOnlyList<int> LargestFirst { get; }

    public long TotalBytes => Books.Sum(b => (long)b.Length);

    /// <summary>The books keyed by name, as a server hands them out.</summary>
    public IReadOnlyDictionary<string, byte[]> ByName() =>
        Names.Zip(Books).ToDictionary(book => book.First, book => book.Second, StringComparer.Ordinal);

    public static WordCountWorkload Load(BookCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return new WordCountWorkload(
            corpus.Books.Select(b => Core.IO.InputFile.ReadAllBytes(b.Path, "book")).ToArray(),
            corpus.Books.Select(b => b.Name).ToArray());
    }

    /// <summary>Counts book <paramref name="index"/>'s words, then adds them to <paramref name="counts"/>.</summary>
    public void CountInto(CorpusWordCounts counts, int index, Action? checkpoint = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        counts.Add(Count(index, checkpoint), index);
    }

    /// <summary>Counts book <paramref name="index"/>'s words (without keeping its text as word ids).</summary>
    public TokenizedBook Count(int index, Action? checkpoint = null) =>
        Tokenizer.CountUtf8(Books[index], Names[index], checkpoint);

    public WordTable Serial()
    {
        var counts = new CorpusWordCounts();
        for (int i = 0; i < Books.Count; i++)
        {
            CountInto(counts, i);
        }

        return counts.ToTable();
    }

    /// <summary>
    /// Merges per-worker accumulators (in any order) into the corpus table, counting the merged
    /// words on up to <paramref name="degreeOfParallelism"/> threads (see <see cref="CorpusWordCounts.ToTable"/>).
    /// </summary>
    public static WordTable Merge(IEnumerable<CorpusWordCounts> partials, int degreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var total = new CorpusWordCounts();
        foreach (CorpusWordCounts partial in partials)
        {
            total.Merge(partial);
        }

        return total.ToTable(degreeOfParallelism);
    }
}
