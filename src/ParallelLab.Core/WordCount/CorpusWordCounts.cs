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
        var tallies = new Tally[_tallies.Count];
        int i = 0;
        long largestCount = 0;
        long latestFirstSeen = 0;
        foreach ((string word, Tally tally) in _tallies)
        {
            words[i] = word;
            tallies[i++] = tally;
            largestCount = Math.Max(largestCount, tally.Count);
            latestFirstSeen = Math.Max(latestFirstSeen, tally.FirstSeen);
        }

        if (!TrySortPacked(tallies, words, largestCount, latestFirstSeen))
        {
            tallies.AsSpan().Sort(words.AsSpan(), default(ByCountThenFirstSeen));
        }

        var table = new WordCountEntry[words.Length];
        for (i = 0; i < table.Length; i++)
        {
            long count = tallies[i].Count;
            table[i] = new WordCountEntry(words[i], count, (double)count / TotalWords * 100.0);
        }

        return table;
    }

    /// <summary>
    /// The usual case, sorted on one integer per word: a count below 2^23, a book index below 2^16
    /// and a rank in the book below 2^24 pack into 63 bits that order as (count descending, first
    /// occurrence ascending), and a primitive key sorts several times faster than a pair.
    /// </summary>
    private static bool TrySortPacked(Tally[] tallies, string[] words, long largestCount, long latestFirstSeen)
    {
        const int CountBits = 23; // 23 + 16 + 24 = 63: the sign bit stays clear, so the keys sort as unsigned
        const int BookBits = 16;
        const int RankBits = 24;
        long latestBook = latestFirstSeen >> 32;
        long rankMask = (1L << 32) - 1;
        if (largestCount >= 1L << CountBits || latestBook >= 1L << BookBits || tallies.Any(t => (t.FirstSeen & rankMask) >= 1L << RankBits))
        {
            return false;
        }

        var keys = new long[tallies.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            long book = tallies[i].FirstSeen >> 32;
            long rank = tallies[i].FirstSeen & rankMask;
            keys[i] = (((1L << CountBits) - 1 - tallies[i].Count) << (BookBits + RankBits)) | (book << RankBits) | rank;
        }

        // Indices, not the strings, move while sorting: no write barrier per swap.
        int[] order = new int[keys.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        string[] unsorted = [.. words];
        for (int i = 0; i < keys.Length; i++)
        {
            words[i] = unsorted[order[i]];
            long count = (1L << CountBits) - 1 - (keys[i] >> (BookBits + RankBits));
            long firstSeen = (((keys[i] >> RankBits) & ((1L << BookBits) - 1)) << 32) | (keys[i] & ((1L << RankBits) - 1));
            tallies[i] = new Tally { Count = count, FirstSeen = firstSeen };
        }

        return true;
    }

    /// <summary>Decreasing count, then increasing first occurrence: the general sort, for counts or ranks too large to pack.</summary>
    private readonly struct ByCountThenFirstSeen : IComparer<Tally>
    {
        public int Compare(Tally x, Tally y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.FirstSeen.CompareTo(y.FirstSeen);
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
