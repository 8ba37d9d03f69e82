using System.Diagnostics.CodeAnalysis;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// Word counts over many books, equal to counting their texts read one after another, but
/// mergeable: each worker may count its own books into its own instance, and the instances are
/// merged at the end in any order. Ties must still fall in first-occurrence order of the
/// concatenated text, so every word remembers where it was first seen as (book index, rank of
/// first occurrence in that book); merging keeps the smallest. Words are keyed by their UTF-8
/// bytes in a <see cref="Utf8Vocabulary"/>, as the tokenizer counts them: a book's words go in
/// without becoming strings, and only the final table makes one string per distinct word.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The vocabulary's arrays come from ArrayPool.Shared; counts that are dropped leave them to the collector, which the pool allows, instead of making every accumulator of every paradigm disposable.")]
public sealed class CorpusWordCounts
{
    private readonly Utf8Vocabulary _words = new();
    private Tally[] _tallies = new Tally[1024]; // by the id _words gives
    private int _recorded;

    public int DistinctWords => _words.Count;

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
        AddWords(book.Utf8Words, book.Counts, book.TokenCount, bookIndex);
    }

    /// <summary>
    /// Adds a book counted elsewhere (another process): its words in first-occurrence order, their
    /// counts, and its token count.
    /// </summary>
    public void Add(IReadOnlyList<string> wordsInFirstOccurrenceOrder, ReadOnlySpan<int> counts, long tokenCount, int bookIndex)
    {
        ArgumentNullException.ThrowIfNull(wordsInFirstOccurrenceOrder);
        if (counts.Length != wordsInFirstOccurrenceOrder.Count)
        {
            throw new ArgumentException("every word needs exactly one count", nameof(counts));
        }

        AddWords(Utf8WordList.FromStrings(wordsInFirstOccurrenceOrder), counts, tokenCount, bookIndex);
    }

    private void AddWords(Utf8WordList words, ReadOnlySpan<int> counts, long tokenCount, int bookIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bookIndex);
        for (int rank = 0; rank < counts.Length; rank++)
        {
            Record(_words.Intern(words, rank), counts[rank], FirstSeen(bookIndex, rank));
        }

        TotalWords += tokenCount;
    }

    public void Merge(CorpusWordCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        (Utf8WordList words, _) = other._words.Build();
        for (int id = 0; id < words.Count; id++)
        {
            Tally tally = other._tallies[id];
            Record(_words.Intern(words, id), tally.Count, tally.FirstSeen);
        }

        TotalWords += other.TotalWords;
    }

    /// <summary>The .dat table of the whole corpus: decreasing count, ties in first-occurrence order.</summary>
    public WordCountEntry[] ToTable()
    {
        (Utf8WordList words, _) = _words.Build();
        Tally[] tallies = _tallies.AsSpan(0, words.Count).ToArray();
        int[] ids = new int[tallies.Length];
        long largestCount = 0;
        long latestFirstSeen = 0;
        for (int id = 0; id < ids.Length; id++)
        {
            ids[id] = id;
            largestCount = Math.Max(largestCount, tallies[id].Count);
            latestFirstSeen = Math.Max(latestFirstSeen, tallies[id].FirstSeen);
        }

        if (!TrySortPacked(tallies, ids, largestCount, latestFirstSeen))
        {
            tallies.AsSpan().Sort(ids.AsSpan(), default(ByCountThenFirstSeen));
        }

        var table = new WordCountEntry[ids.Length];
        for (int i = 0; i < table.Length; i++)
        {
            long count = tallies[i].Count;
            table[i] = new WordCountEntry(words.GetString(ids[i]), count, (double)count / TotalWords * 100.0);
        }

        return table;
    }

    /// <summary>
    /// The usual case, sorted on one integer per word: a count below 2^23, a book index below 2^16
    /// and a rank in the book below 2^24 pack into 63 bits that order as (count descending, first
    /// occurrence ascending), and a primitive key sorts several times faster than a pair.
    /// </summary>
    private static bool TrySortPacked(Tally[] tallies, int[] ids, long largestCount, long latestFirstSeen)
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

        Array.Sort(keys, ids);
        for (int i = 0; i < keys.Length; i++)
        {
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

    /// <param name="id">The word's id in <see cref="_words"/>, which hands out new ids in order.</param>
    private void Record(int id, long count, long firstSeen)
    {
        if (id < _recorded)
        {
            ref Tally tally = ref _tallies[id];
            tally.Count += count;
            tally.FirstSeen = Math.Min(tally.FirstSeen, firstSeen);
            return;
        }

        if (id == _tallies.Length)
        {
            Array.Resize(ref _tallies, 2 * _tallies.Length);
        }

        _tallies[id] = new Tally { Count = count, FirstSeen = firstSeen };
        _recorded++;
    }

    private struct Tally
    {
        public long Count;
        public long FirstSeen;
    }
}
