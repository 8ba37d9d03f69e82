using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// Words as one worker found them, not yet combined with anyone's: each with its count in one book
/// and where it was first seen (<see cref="CorpusWordCounts"/>' packed book index and rank). A batch
/// never changes once built, so merging counts shares batches instead of copying them.
/// </summary>
internal sealed class WordBatch(Utf8WordList words, int[] counts, long[] firstSeen)
{
    public Utf8WordList Words { get; } = words;

    public int Count => Words.Count;

    public int CountOf(int index) => counts[index];

    public long FirstSeenOf(int index) => firstSeen[index];
}
