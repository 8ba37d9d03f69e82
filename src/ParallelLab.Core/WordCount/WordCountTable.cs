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
    public static WordCountEntry[] FromBook(TokenizedBook book, int minLength = 1)
    {
        ArgumentNullException.ThrowIfNull(book);
        int[] order = RankByCount(book.Counts);
        var kept = new List<int>(order.Length);
        long total = 0;
        foreach (int id in order)
        {
            if (minLength <= 1 || PythonString.Length(book.Vocabulary[id]) >= minLength)
            {
                kept.Add(id);
                total += book.Counts[id];
            }
        }

        var entries = new WordCountEntry[kept.Count];
        for (int i = 0; i < entries.Length; i++)
        {
            int count = book.Counts[kept[i]];

            // (float(count) / total) * 100.0: divide first (docs/reference-quirks.md §9).
            entries[i] = new WordCountEntry(book.Vocabulary[kept[i]], count, (double)count / total * 100.0);
        }

        return entries;
    }

    /// <summary>
    /// Word ids by decreasing count. Ids are first-occurrence order, so breaking ties by id gives
    /// exactly the stable sort's order, and lets an unstable (fast) sort do it.
    /// </summary>
    public static int[] RankByCount(ReadOnlySpan<int> counts)
    {
        var keys = new long[counts.Length];
        var ids = new int[counts.Length];
        for (int id = 0; id < counts.Length; id++)
        {
            // Descending count, then ascending id, packed into one ascending key.
            keys[id] = ((long)(int.MaxValue - counts[id]) << 32) | (uint)id;
            ids[id] = id;
        }

        Array.Sort(keys, ids);
        return ids;
    }
}
