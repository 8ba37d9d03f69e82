using System.Buffers;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// One partition's words counted over all its batches: each distinct word as UTF-8, its total
/// count and first occurrence, by id. A partition holds a fraction of the vocabulary, so its hash
/// table stays in cache however large the corpus. Its count arrays are pooled: they are needed
/// only until the table is made, and are returned on <see cref="Dispose"/>.
/// </summary>
internal sealed class PartitionCounts : IDisposable
{
    private long[] _counts;
    private long[] _firstSeen;

    private PartitionCounts(Utf8WordList words, long[] counts, long[] firstSeen)
    {
        Words = words;
        _counts = counts;
        _firstSeen = firstSeen;
    }

    /// <summary>The partition's distinct words by id, as lower-cased UTF-8.</summary>
    public Utf8WordList Words { get; }

    public int Count => Words.Count;

    public long CountOf(int id) => _counts[id];

    /// <summary>Packed as <see cref="CorpusWordCounts"/> packs it: book index, then rank in the book.</summary>
    public long FirstSeenOf(int id) => _firstSeen[id];

    public static PartitionCounts Of(IReadOnlyList<WordBatch> batches)
    {
        int entries = batches.Sum(b => b.Count);
        long[] counts = ArrayPool<long>.Shared.Rent(entries); // by id; there are at most as many distinct words as entries
        long[] firstSeen = ArrayPool<long>.Shared.Rent(entries);
        using var vocabulary = new Utf8Vocabulary();
        foreach (WordBatch batch in batches)
        {
            for (int i = 0; i < batch.Count; i++)
            {
                int distinct = vocabulary.Count;
                int id = vocabulary.Intern(batch.Words, i);
                if (id == distinct)
                {
                    counts[id] = batch.CountOf(i);
                    firstSeen[id] = batch.FirstSeenOf(i);
                }
                else
                {
                    counts[id] += batch.CountOf(i);
                    firstSeen[id] = Math.Min(firstSeen[id], batch.FirstSeenOf(i));
                }
            }
        }

        return new PartitionCounts(vocabulary.Build().Words, counts, firstSeen);
    }

    public void Dispose()
    {
        ArrayPool<long>.Shared.Return(_counts);
        ArrayPool<long>.Shared.Return(_firstSeen);
        _counts = [];
        _firstSeen = [];
    }
}
