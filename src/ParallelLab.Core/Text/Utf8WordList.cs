using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace ParallelLab.Core.Text;

/// <summary>
/// A book's distinct words as lower-cased UTF-8, end to end in one array: what counting produces
/// and what merging and ranking need, at about twelve bytes a word where a string costs forty and
/// a collection. Strings are made only for the words a caller asks for.
/// </summary>
internal sealed class Utf8WordList
{
    /// <summary>Readable bytes after the last word, so that any word can be read as two whole integers.</summary>
    public const int Slack = 2 * sizeof(ulong);

    private readonly byte[] _bytes;
    private readonly int[] _ends;
    private readonly int _count;

    /// <param name="bytes">The words end to end, followed by <see cref="Slack"/> bytes of any value.</param>
    /// <param name="ends">Where each word ends in <paramref name="bytes"/> (exclusive), in order.</param>
    public Utf8WordList(byte[] bytes, int[] ends)
        : this(bytes, ends, ends.Length)
    {
    }

    /// <summary>The first <paramref name="count"/> words, of arrays that may be longer (a filled buffer, shared without copying).</summary>
    public Utf8WordList(byte[] bytes, int[] ends, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, ends.Length);
        int length = count == 0 ? 0 : ends[count - 1];
        if (bytes.Length < length + Slack)
        {
            throw new ArgumentException($"the words need {Slack} bytes of slack after them", nameof(bytes));
        }

        _bytes = bytes;
        _ends = ends;
        _count = count;
    }

    public int Count => _count;

    /// <summary>Word <paramref name="index"/>'s bytes.</summary>
    public ReadOnlySpan<byte> this[int index]
    {
        get
        {
            int start = index == 0 ? 0 : _ends[index - 1];
            return _bytes.AsSpan(start, _ends[index] - start);
        }
    }

    /// <summary>Word <paramref name="index"/>'s length in bytes.</summary>
    public int LengthOf(int index) => _ends[index] - (index == 0 ? 0 : _ends[index - 1]);

    /// <summary>
    /// Word <paramref name="index"/> as its first sixteen bytes, zero-padded, read as two
    /// little-endian integers (<see cref="Utf8Vocabulary.InternPadded"/>'s key), and its length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (ulong First, ulong Second, int Length) Padded(int index)
    {
        int start = index == 0 ? 0 : _ends[index - 1];
        int length = _ends[index] - start;
        ref byte word = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bytes), start);
        ulong first = Unsafe.ReadUnaligned<ulong>(ref word);
        ulong second = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref word, sizeof(ulong)));
        return (
            length >= sizeof(ulong) ? first : first & ((1UL << (length << 3)) - 1),
            length >= 2 * sizeof(ulong) ? second : length <= sizeof(ulong) ? 0 : second & ((1UL << ((length - sizeof(ulong)) << 3)) - 1),
            length);
    }

    public string GetString(int index) => Utf8Strings.Create(this[index]);

    /// <summary><c>len(word)</c> in Python: its code points, the bytes that do not continue a character.</summary>
    public int PythonLength(int index)
    {
        ReadOnlySpan<byte> word = this[index];
        int continuation = 0;
        foreach (byte b in word)
        {
            continuation += (b & 0xC0) == 0x80 ? 1 : 0;
        }

        return word.Length - continuation;
    }

    public string[] ToStrings()
    {
        var strings = new string[Count];
        for (int i = 0; i < strings.Length; i++)
        {
            strings[i] = GetString(i);
        }

        return strings;
    }

    /// <summary>Strings' UTF-8, for a vocabulary given as strings.</summary>
    public static Utf8WordList FromStrings(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var ends = new int[words.Count];
        int length = 0;
        for (int i = 0; i < ends.Length; i++)
        {
            length += Encoding.UTF8.GetByteCount(words[i]);
            ends[i] = length;
        }

        var bytes = new byte[length + Slack];
        int start = 0;
        for (int i = 0; i < ends.Length; i++)
        {
            start += Encoding.UTF8.GetBytes(words[i], bytes.AsSpan(start));
        }

        return new Utf8WordList(bytes, ends);
    }
}
