using System.Numerics;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// Word counts over many books, equal to counting their texts read one after another, but
/// mergeable: each worker may count its own books into its own instance, and the instances are
/// merged at the end in any order. Ties must still fall in first-occurrence order of the
/// concatenated text, so every word remembers where it was first seen as (book index, rank of
/// first occurrence in that book); counting keeps the smallest.
/// <para>
/// Counting is radix-partitioned aggregation (Manegold, Boncz and Kersten, "Optimizing main-memory
/// join on modern hardware", IEEE TKDE 14(4), 2002; for aggregation, Polychroniou and Ross,
/// "High throughput heavy hitter aggregation for modern SIMD processors", DaMoN 2013). Adding a
/// book does not look its words up: it appends each to one of <see cref="Partitions"/> batches
/// by a hash of its bytes, in sequential writes. <see cref="ToTable"/> then counts each partition
/// on its own, in a hash table a fraction of the vocabulary's size that stays in cache, with the
/// partitions shared among threads; merging instances only shares their batches. One table of the
/// whole vocabulary (364,000 words, 24 MB for the Gutenberg corpus) missed the cache on nearly
/// every word, and merging workers' tables into it was a serial step as long as their counting.
/// </para>
/// </summary>
public sealed class CorpusWordCounts
{
    /// <summary>Enough for each partition's table to fit a core's L2 cache at the Gutenberg corpus's size.</summary>
    internal const int Partitions = 1 << PartitionBits;

    internal const int PartitionBits = 6;

    private const int FirstBatchCapacity = 64;
    private const int LargestBatchCapacity = 4096; // 128 KB of arrays: large enough that batch overheads vanish

    private readonly List<WordBatch>[] _batches = Enumerable.Range(0, Partitions).Select(_ => new List<WordBatch>()).ToArray();
    private readonly WordBatchBuilder?[] _filling = new WordBatchBuilder?[Partitions];
    private readonly Dictionary<int, int> _bookSizes = []; // book index → its vocabulary's size

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
        NoteBookSize(bookIndex, counts.Length);
        for (int rank = 0; rank < counts.Length; rank++)
        {
            (ulong first, ulong second, int length) = words.Padded(rank);
            int partition = PartitionOf(first, second);
            WordBatchBuilder builder = _filling[partition] ??= new WordBatchBuilder(FirstBatchCapacity);
            if (!builder.TryAppend(words, rank, first, second, length, counts[rank], FirstSeen(bookIndex, rank)))
            {
                _batches[partition].Add(builder.Build());
                builder = _filling[partition] = new WordBatchBuilder(Math.Min(2 * builder.Capacity, LargestBatchCapacity));
                if (!builder.TryAppend(words, rank, first, second, length, counts[rank], FirstSeen(bookIndex, rank)))
                {
                    // A word longer than a batch's bytes: a batch of its own, sized for it.
                    builder = _filling[partition] = new WordBatchBuilder(capacity: 1, longestWord: length);
                    bool appended = builder.TryAppend(words, rank, first, second, length, counts[rank], FirstSeen(bookIndex, rank));
                    System.Diagnostics.Debug.Assert(appended, "an empty batch of the word's length has room for it");
                }
            }
        }

        TotalWords += tokenCount;
    }

    /// <summary>Adds <paramref name="other"/>'s counts to these; <paramref name="other"/> stays as it was, and may go on counting.</summary>
    public void Merge(CorpusWordCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("counts cannot be merged into themselves", nameof(other));
        }

        other.CloseBatches();
        for (int partition = 0; partition < Partitions; partition++)
        {
            _batches[partition].AddRange(other._batches[partition]);
        }

        foreach ((int book, int size) in other._bookSizes)
        {
            NoteBookSize(book, size);
        }

        TotalWords += other.TotalWords;
    }

    /// <summary>
    /// The .dat table of the whole corpus: decreasing count, ties in first-occurrence order. The
    /// partitions are counted and ranked, and the table's words laid out in row order, on up to
    /// <paramref name="degreeOfParallelism"/> threads; one counts them on the calling thread alone.
    /// </summary>
    public WordTable ToTable(int degreeOfParallelism = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        CloseBatches();
        var partitions = new PartitionCounts[Partitions];
        try
        {
            ParallelRange.For(Partitions, degreeOfParallelism, p => partitions[p] = PartitionCounts.Of(_batches[p]));
            return Table(partitions, CorpusRanking.Rank(partitions, _bookSizes, degreeOfParallelism), degreeOfParallelism);
        }
        finally
        {
            foreach (PartitionCounts? counted in partitions)
            {
                counted?.Dispose();
            }
        }
    }

    /// <summary>
    /// The ranked words copied into one list in row order, with their counts, on chunks of rows in
    /// parallel: each chunk first sums its words' lengths, so that where each chunk's words start is
    /// a prefix sum over the chunks (Blelloch, "Prefix sums and their applications",
    /// CMU-CS-90-190, 1990), then copies them. Both passes read the words scattered over the
    /// partitions, the slowest part of the table to make, so neither is left to one thread.
    /// </summary>
    private WordTable Table(PartitionCounts[] partitions, int[] order, int degreeOfParallelism)
    {
        const int Chunk = 1 << 14;
        int chunks = (order.Length + Chunk - 1) / Chunk;
        var chunkStarts = new int[chunks + 1];
        ParallelRange.For(chunks, degreeOfParallelism, c =>
        {
            int length = 0;
            foreach (int handle in order.AsSpan(c * Chunk, Math.Min(Chunk, order.Length - (c * Chunk))))
            {
                length += partitions[CorpusRanking.PartitionOf(handle)].Words.LengthOf(CorpusRanking.IdOf(handle));
            }

            chunkStarts[c + 1] = length;
        });

        for (int c = 0; c < chunks; c++)
        {
            chunkStarts[c + 1] = checked(chunkStarts[c] + chunkStarts[c + 1]);
        }

        var bytes = new byte[chunkStarts[chunks] + Utf8WordList.Slack];
        var ends = new int[order.Length];
        var counts = new long[order.Length];
        ParallelRange.For(chunks, degreeOfParallelism, c =>
        {
            int end = chunkStarts[c];
            for (int row = c * Chunk; row < Math.Min(order.Length, (c + 1) * Chunk); row++)
            {
                PartitionCounts words = partitions[CorpusRanking.PartitionOf(order[row])];
                int id = CorpusRanking.IdOf(order[row]);
                ReadOnlySpan<byte> word = words.Words[id];
                word.CopyTo(bytes.AsSpan(end));
                end += word.Length;
                ends[row] = end;
                counts[row] = words.CountOf(id);
            }
        });

        return WordTable.InRowOrder(new Utf8WordList(bytes, ends), counts, TotalWords);
    }

    internal static long BookOf(long firstSeen) => firstSeen >> 32;

    internal static long RankOf(long firstSeen) => firstSeen & uint.MaxValue;

    private void NoteBookSize(int bookIndex, int size) =>
        _bookSizes[bookIndex] = Math.Max(size, _bookSizes.GetValueOrDefault(bookIndex));

    private static long FirstSeen(int bookIndex, int rankInBook) => ((long)bookIndex << 32) | (uint)rankInBook;

    /// <summary>
    /// The top bits of a Fibonacci hash (Knuth, The Art of Computer Programming, vol. 3, 2nd ed.,
    /// §6.4) of the word's first sixteen bytes: <see cref="Utf8Vocabulary"/> indexes its slots by
    /// the low bits of a different product, so a partition's words still spread over its table.
    /// </summary>
    private static int PartitionOf(ulong first, ulong second) =>
        (int)(((first ^ BitOperations.RotateLeft(second, 29)) * 0x9E3779B97F4A7C15UL) >> (64 - PartitionBits));

    /// <summary>Moves the batches being filled to the closed ones, which are shared and never change.</summary>
    private void CloseBatches()
    {
        for (int partition = 0; partition < Partitions; partition++)
        {
            if (_filling[partition] is { } builder)
            {
                _batches[partition].Add(builder.Build());
                _filling[partition] = null;
            }
        }
    }
}
