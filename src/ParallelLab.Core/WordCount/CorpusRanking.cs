using System.Buffers;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// The corpus table's order over counted partitions: decreasing count, ties in first-occurrence
/// order (docs/reference-quirks.md §7), without comparing words. First occurrences become dense
/// positions (a book's ranks follow every earlier book's vocabulary), so placing each word at its
/// position puts the words in first-occurrence order; one stable distribution counting pass by
/// count (Knuth, The Art of Computer Programming, vol. 3, 2nd ed., §5.2, Algorithm D, as in
/// <see cref="WordCountTable.RankByCount"/>) then orders them by count and keeps that order within
/// a count. The few words counted <see cref="DistributedCounts"/> times or more are sorted and go
/// first. Words are handles, <c>(id &lt;&lt; PartitionBits) | partition</c>.
/// </summary>
internal static class CorpusRanking
{
    private const int DistributedCounts = 1 << 12;

    /// <summary>Book indexes up to this many get a table of offsets; sparser ones are ranked by comparisons.</summary>
    private const int DenseBooks = 1 << 20;

    public static int Handle(int partition, int id) => (id << CorpusWordCounts.PartitionBits) | partition;

    public static int PartitionOf(int handle) => handle & (CorpusWordCounts.Partitions - 1);

    public static int IdOf(int handle) => handle >> CorpusWordCounts.PartitionBits;

    /// <param name="bookSizes">Each book index's vocabulary size: one more than the largest rank of a word first seen in it.</param>
    public static int[] Rank(PartitionCounts[] partitions, IReadOnlyDictionary<int, int> bookSizes, int degreeOfParallelism) =>
        TryRankDense(partitions, bookSizes, degreeOfParallelism) ?? RankByComparison(partitions);

    /// <summary>Null when first occurrences cannot be made dense: a book index past <see cref="DenseBooks"/>, or a book added twice.</summary>
    private static int[]? TryRankDense(PartitionCounts[] partitions, IReadOnlyDictionary<int, int> bookSizes, int degreeOfParallelism)
    {
        if (bookSizes.Count == 0)
        {
            return [];
        }

        int lastBook = bookSizes.Keys.Max();
        if (lastBook >= DenseBooks)
        {
            return null;
        }

        var offsetByBook = new long[lastBook + 1];
        long positions = 0;
        foreach (int book in bookSizes.Keys.Order())
        {
            offsetByBook[book] = positions;
            positions += bookSizes[book];
        }

        if (positions > Array.MaxLength)
        {
            return null;
        }

        // Each word at its first occurrence's position, with its count (frequent words' as DistributedCounts).
        int[] byPosition = ArrayPool<int>.Shared.Rent((int)positions); // handle + 1; 0 where no word was first seen
        int[] countAt = ArrayPool<int>.Shared.Rent((int)positions);
        try
        {
            Array.Clear(byPosition, 0, (int)positions);
            int distinct = 0;
            foreach (PartitionCounts words in partitions)
            {
                distinct += words.Count;
            }

            ParallelRange.For(partitions.Length, degreeOfParallelism, p =>
            {
                PartitionCounts words = partitions[p];
                for (int id = 0; id < words.Count; id++)
                {
                    long firstSeen = words.FirstSeenOf(id);
                    long position = offsetByBook[CorpusWordCounts.BookOf(firstSeen)] + CorpusWordCounts.RankOf(firstSeen);
                    byPosition[position] = Handle(p, id) + 1;
                    countAt[position] = (int)Math.Min(words.CountOf(id), DistributedCounts);
                }
            });

            return Distribute(partitions, byPosition, countAt, (int)positions, distinct, degreeOfParallelism);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(byPosition);
            ArrayPool<int>.Shared.Return(countAt);
        }
    }

    /// <summary>
    /// The stable distribution by count, on chunks of positions in parallel: each chunk counts its
    /// words per count, and a chunk's words of count c go after those of every earlier chunk
    /// (the parallel form of the same sort: Blelloch, "Prefix sums and their applications",
    /// CMU-CS-90-190, 1990). Null when fewer words were placed than there are: two had one
    /// first occurrence.
    /// </summary>
    private static int[]? Distribute(PartitionCounts[] partitions, int[] byPosition, int[] countAt, int positions, int distinct, int degreeOfParallelism)
    {
        int chunks = degreeOfParallelism == 1 ? 1 : 4 * degreeOfParallelism;
        int chunkLength = (positions + chunks - 1) / chunks;
        var next = new int[chunks][]; // per chunk, by count; [DistributedCounts] counts the frequent words
        ParallelRange.For(chunks, degreeOfParallelism, k =>
        {
            int[] histogram = next[k] = new int[DistributedCounts + 1];
            for (int position = k * chunkLength; position < Math.Min(positions, (k + 1) * chunkLength); position++)
            {
                if (byPosition[position] != 0)
                {
                    histogram[countAt[position]]++;
                }
            }
        });

        // next[k][c] becomes the rank of chunk k's first word counted c times: after every frequent
        // word, every word with a larger count, and every earlier chunk's words counted c times.
        var frequentStart = new int[chunks];
        int rank = 0;
        for (int k = 0; k < chunks; k++)
        {
            (frequentStart[k], rank) = (rank, rank + next[k][DistributedCounts]);
        }

        int frequent = rank;
        for (int count = DistributedCounts - 1; count >= 0; count--)
        {
            for (int k = 0; k < chunks; k++)
            {
                (next[k][count], rank) = (rank, rank + next[k][count]);
            }
        }

        if (rank != distinct)
        {
            return null; // two words with one first occurrence: a book index was added twice
        }

        var order = new int[distinct];
        var frequentWords = new (long Count, long Position, int Handle)[frequent];
        ParallelRange.For(chunks, degreeOfParallelism, k =>
        {
            int[] ranks = next[k];
            int frequentRank = frequentStart[k];
            for (int position = k * chunkLength; position < Math.Min(positions, (k + 1) * chunkLength); position++)
            {
                int handle = byPosition[position] - 1;
                if (handle < 0)
                {
                    continue;
                }

                int count = countAt[position];
                if (count < DistributedCounts)
                {
                    order[ranks[count]++] = handle;
                }
                else
                {
                    frequentWords[frequentRank++] = (partitions[PartitionOf(handle)].CountOf(IdOf(handle)), position, handle);
                }
            }
        });

        frequentWords.AsSpan().Sort(static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.Position.CompareTo(y.Position));
        for (int i = 0; i < frequentWords.Length; i++)
        {
            order[i] = frequentWords[i].Handle;
        }

        return order;
    }

    /// <summary>Any first occurrences: sorted on (count descending, first occurrence, handle).</summary>
    private static int[] RankByComparison(PartitionCounts[] partitions)
    {
        var words = new List<(long Count, long FirstSeen, int Handle)>();
        for (int p = 0; p < partitions.Length; p++)
        {
            for (int id = 0; id < partitions[p].Count; id++)
            {
                words.Add((partitions[p].CountOf(id), partitions[p].FirstSeenOf(id), Handle(p, id)));
            }
        }

        words.Sort(static (x, y) =>
            x.Count != y.Count ? y.Count.CompareTo(x.Count)
            : x.FirstSeen != y.FirstSeen ? x.FirstSeen.CompareTo(y.FirstSeen)
            : x.Handle.CompareTo(y.Handle));
        return words.Select(w => w.Handle).ToArray();
    }
}
