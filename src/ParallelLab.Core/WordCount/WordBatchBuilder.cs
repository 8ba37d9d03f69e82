using System.Buffers.Binary;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// Fills one <see cref="WordBatch"/> of fixed capacity: appending is a few sequential writes, which
/// is the point of collecting words by partition before counting them (see <see cref="CorpusWordCounts"/>).
/// </summary>
internal sealed class WordBatchBuilder
{
    /// <summary>Room for the typical word (about eight bytes in the Gutenberg corpus) and more.</summary>
    private const int BytesPerWord = 16;

    private readonly byte[] _bytes;
    private readonly int[] _ends;
    private readonly int[] _counts;
    private readonly long[] _firstSeen;
    private int _count;
    private int _length;

    /// <param name="capacity">How many words fit.</param>
    /// <param name="longestWord">A word's length in bytes that must fit, beyond the typical.</param>
    public WordBatchBuilder(int capacity, int longestWord = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _bytes = new byte[Math.Max(capacity * BytesPerWord, longestWord) + Utf8WordList.Slack];
        _ends = new int[capacity];
        _counts = new int[capacity];
        _firstSeen = new long[capacity];
    }

    public int Capacity => _ends.Length;

    /// <summary>
    /// Appends word <paramref name="index"/> of <paramref name="words"/>, whose padded integers the
    /// caller has read already; false, and nothing appended, when the batch is full.
    /// </summary>
    public bool TryAppend(Utf8WordList words, int index, ulong first, ulong second, int length, int count, long firstSeen)
    {
        if (_count == _ends.Length || _length + length + Utf8WordList.Slack > _bytes.Length)
        {
            return false;
        }

        Span<byte> target = _bytes.AsSpan(_length);
        if (length <= 2 * sizeof(ulong))
        {
            // Both integers whole: the next word, or the slack, covers what lies past this one's end.
            BinaryPrimitives.WriteUInt64LittleEndian(target, first);
            BinaryPrimitives.WriteUInt64LittleEndian(target[sizeof(ulong)..], second);
        }
        else
        {
            words[index].CopyTo(target);
        }

        _length += length;
        _ends[_count] = _length;
        _counts[_count] = count;
        _firstSeen[_count] = firstSeen;
        _count++;
        return true;
    }

    /// <summary>The words appended so far, sharing this builder's arrays: append no more after this.</summary>
    public WordBatch Build() => new(new Utf8WordList(_bytes, _ends, _count), _counts, _firstSeen);
}
