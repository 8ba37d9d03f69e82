using System.Runtime.InteropServices;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// Word counts over many books, equal to counting their texts read one after another, but
/// mergeable: each worker may count its own books into its own instance, and the instances are
/// merged at the end in any order. Ties must still fall in first-occurrence order of the
/// concatenated text, so every word remembers where it was first seen as (book index, rank of
/// first occurrence in that book); merging keeps the smallest.
/// </summary>
public sealed class CorpusWordCounts
{
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);

    public int DistinctWords => _tallies.Count;

    public long TotalWords { get; private set; }

    public static CorpusWordCounts Of(IEnumerable<TokenizedBook> booksInOrder)
    {
        ArgumentNullException.ThrowIfNull(booksInOrder);
        var counts = new CorpusWordCounts();
        int index = 0;
        foreach (TokenizedBook book in booksInOrder)
        {
            counts.Add(book, index++);
        }

        return counts;
    }

    /// <summary>Adds a book's counts; <paramref name="bookIndex"/> is its place in the corpus order.</summary>
    public void Add(TokenizedBook book, int bookIndex)
    {
        ArgumentNullException.ThrowIfNull(book);

        // A book's word ids are its first-occurrence order.
        Add(book.Vocabulary, book.Counts, book.TokenCount, bookIndex);
    }

    /// <summary>
    /// Adds a book counted elsewhere (another process): its words in first-occurrence order, their
    /// counts, and its token count.
    /// </summary>
    public void Add(IReadOnlyList<string> wordsInFirstOccurrenceOrder, ReadOnlySpan<int> counts, long tokenCount, int bookIndex)
    {
        ArgumentNullException.ThrowIfNull(wordsInFirstOccurrenceOrder);
        ArgumentOutOfRangeException.ThrowIfNegative(bookIndex);
        if (counts.Length != wordsInFirstOccurrenceOrder.Count)
        {
            throw new ArgumentException("every word needs exactly one count", nameof(counts));
        }

        for (int rank = 0; rank < counts.Length; rank++)
        {
            Record(wordsInFirstOccurrenceOrder[rank], counts[rank], FirstSeen(bookIndex, rank));
        }

        TotalWords += tokenCount;
    }

    public void Merge(CorpusWordCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach ((string word, Tally tally) in other._tallies)
        {
            Record(word, tally.Count, tally.FirstSeen);
        }

        TotalWords += other.TotalWords;
    }

    /// <summary>The .dat table of the whole corpus: decreasing count, ties in first-occurrence order.</summary>
    public WordCountEntry[] ToTable()
    {
        var words = new string[_tallies.Count];
        var keys = new (long NegativeCount, long FirstSeen)[_tallies.Count];
        int i = 0;
        foreach ((string word, Tally tally) in _tallies)
        {
            words[i] = word;
            keys[i++] = (-tally.Count, tally.FirstSeen);
        }

        Array.Sort(keys, words);
        var table = new WordCountEntry[words.Length];
        for (i = 0; i < table.Length; i++)
        {
            long count = -keys[i].NegativeCount;
            table[i] = new WordCountEntry(words[i], count, (double)count / TotalWords * 100.0);
        }

        return table;
    }

    private static long FirstSeen(int bookIndex, int rankInBook) => ((long)bookIndex << 32) | (uint)rankInBook;

    private void Record(string word, long count, long firstSeen)
    {
        ref Tally tally = ref CollectionsMarshal.GetValueRefOrAddDefault(_tallies, word, out bool existed);
        tally.Count += count;
        tally.FirstSeen = existed ? Math.Min(tally.FirstSeen, firstSeen) : firstSeen;
    }

    private struct Tally
    {
        public long Count;
        public long FirstSeen;
    }
}
