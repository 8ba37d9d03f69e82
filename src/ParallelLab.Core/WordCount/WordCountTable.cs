using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// The reference's <c>word_count</c> after loading: sort by count, filter by length, add percentages.
/// </summary>
public static class WordCountTable
{
    /// <summary>
    /// Words by decreasing count; equal counts keep first-occurrence order, as Python's stable
    /// <c>sorted(..., reverse=True)</c> does (docs/reference-quirks.md §7). <paramref name="minLength"/> is applied
    /// after sorting and the percentages use the filtered total (docs/reference-quirks.md §8).
    /// </summary>
    public static WordCountEntry[] FromBook(TokenizedBook book, int minLength = 1) => [.. WordTable.FromBook(book, minLength)];

    /// <summary>
    /// The table's rows as word ids: the first <c>Kept</c> of <c>Order</c>, by decreasing count
    /// (ties in first-occurrence order), words shorter than <paramref name="minLength"/> left out;
    /// <c>Total</c> is the kept words' count, which the percentages divide by.
    /// </summary>
    internal static (int[] Order, int Kept, long Total) Rank(TokenizedBook book, int minLength)
    {
        ArgumentNullException.ThrowIfNull(book);
        int[] order = RankByCount(book.Counts);
        ReadOnlySpan<int> counts = book.Counts;
        int kept = order.Length;
        if (minLength > 1)
        {
            kept = 0;
            foreach (int id in order)
            {
                if (book.PythonLength(id) >= minLength)
                {
                    order[kept++] = id;
                }
            }
        }

        long total = 0;
        foreach (int id in order.AsSpan(0, kept))
        {
            total += counts[id];
        }

        return (order, kept, total);
    }

    /// <summary><c>(float(count) / total) * 100.0</c>: divide first (docs/reference-quirks.md §9).</summary>
    internal static double Percentage(long count, long total) => (double)count / total * 100.0;

    /// <summary>Counts below this are ranked by distribution counting, the (few, by Zipf's law) others by a comparison sort.</summary>
    private const int DistributedCounts = 1 << 12;

    /// <summary>
    /// Word ids by decreasing count. Ids are first-occurrence order, so keeping equal counts in id
    /// order gives exactly the stable sort's order. Distribution counting (Knuth, The Art of
    /// Computer Programming, vol. 3, 2nd ed., §5.2, Algorithm D) is stable and linear, and ranks the
    /// many words with small counts; the few above <see cref="DistributedCounts"/> are sorted on
    /// (descending count, ascending id) keys and go first.
    /// </summary>
    public static int[] RankByCount(ReadOnlySpan<int> counts)
    {
        Span<int> next = stackalloc int[DistributedCounts + 1];
        int frequent = 0;
        foreach (int count in counts)
        {
            if (count >= DistributedCounts)
            {
                frequent++;
            }
            else
            {
                next[count]++;
            }
        }

        // next[c] becomes the rank of the first word with count c: after every frequent word and
        // every word with a larger count.
        int rank = frequent;
        for (int count = DistributedCounts - 1; count >= 0; count--)
        {
            int words = next[count];
            next[count] = rank;
            rank += words;
        }

        var ids = new int[counts.Length];
        var frequentKeys = new long[frequent];
        int frequentSeen = 0;
        for (int id = 0; id < counts.Length; id++)
        {
            int count = counts[id];
            if (count >= DistributedCounts)
            {
                // Descending count, then ascending id, packed into one ascending key.
                frequentKeys[frequentSeen++] = ((long)(int.MaxValue - count) << 32) | (uint)id;
            }
            else
            {
                ids[next[count]++] = id;
            }
        }

        Array.Sort(frequentKeys);
        for (int i = 0; i < frequentKeys.Length; i++)
        {
            ids[i] = (int)(uint)frequentKeys[i];
        }

        return ids;
    }
}
