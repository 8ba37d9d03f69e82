using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ParallelLab.Core.IO;

namespace ParallelLab.Core.Text;

/// <summary>
/// Assigns word ids in first-occurrence order and counts occurrences, keyed by a word's lower-cased
/// UTF-8 bytes. Word counting spends most of its time here, so it is a purpose-built
/// open-addressing hash table (linear probing over a power-of-two array of ids, load at most ¼)
/// over a dense array of words, each holding its first sixteen bytes as two integers with its
/// length and count. A repeated word of up to sixteen bytes, nearly every token, costs one
/// multiplication, usually one probe and two comparisons, and no allocation; longer words compare
/// the rest against a byte arena. (Keeping the words in the slots themselves was measured slower:
/// twice the memory, so the rarer words fell out of the L2 cache.) The hash needs no flooding resistance
/// (<see cref="Dictionary{TKey, TValue}"/>'s randomised one costs more) because a book can at worst
/// make its own counting slow. Its arrays come from the shared pools and go back on
/// <see cref="Dispose"/>, so that counting book after book reuses warm memory instead of making the
/// collector clear fresh pages.
/// </summary>
internal sealed class Utf8Vocabulary : IDisposable
{
    private const int MinimumSlots = 1 << 12;
    private const int MaximumInitialSlots = 1 << 20;

    private int[] _slots; // word id + 1; 0 marks an empty slot
    private int _slotMask;
    private Word[] _words;
    private int _count;
    private byte[] _arena = [];
    private int _arenaLength;
    private int[] _arenaOffsets = []; // by id, for words longer than sixteen bytes

    /// <param name="expectedWords">
    /// About how many distinct words will come: the table starts large enough for them, so that it
    /// is not rehashed on the way (each doubling touches every word again).
    /// </param>
    public Utf8Vocabulary(int expectedWords = 0)
    {
        int slots = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, 4 * expectedWords)), MinimumSlots, MaximumInitialSlots);
        _slots = RentCleared(slots);
        _slotMask = slots - 1;
        _words = Rent<Word>(slots / 4);
    }

    /// <summary>
    /// About how many distinct words a text of <paramref name="bytes"/> bytes holds, by Heaps' law
    /// (H. S. Heaps, "Information Retrieval: Computational and Theoretical Aspects", Academic
    /// Press, 1978, §7.5: V = K·N^β) with β = ½ and K = 8 per square root of a byte, a little under
    /// what the Gutenberg books show (9 to 13), so that a guess too large is rare: a table larger
    /// than needed spreads its words over more cache lines.
    /// </summary>
    public static int ExpectedWords(int bytes) => (int)(8 * Math.Sqrt(bytes));

    /// <summary>Distinct words so far.</summary>
    public int Count => _count;

    /// <summary>Interns a word of at most eight bytes given as its little-endian integer (zero-padded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int InternShort(ulong first, int length)
    {
        uint hash = Fold(first * FirstKey);
        ref int slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        int mask = _slotMask;
        for (int index = (int)hash & mask; ; index = (index + 1) & mask)
        {
            int id = Unsafe.Add(ref slots, index) - 1;
            if (id < 0)
            {
                return Add(index, first, 0, length, hash, ReadOnlySpan<byte>.Empty);
            }

            ref Word word = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_words), id);
            if (word.First == first && word.Length == length)
            {
                word.Count++;
                return id;
            }
        }
    }

    /// <summary>Interns a word of nine to sixteen bytes given as two little-endian integers (the second zero-padded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int InternMedium(ulong first, ulong second, int length)
    {
        uint hash = Fold((first ^ (second * SecondKey)) * FirstKey);
        ref int slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        int mask = _slotMask;
        for (int index = (int)hash & mask; ; index = (index + 1) & mask)
        {
            int id = Unsafe.Add(ref slots, index) - 1;
            if (id < 0)
            {
                return Add(index, first, second, length, hash, ReadOnlySpan<byte>.Empty);
            }

            ref Word word = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_words), id);
            if (word.First == first && word.Second == second && word.Length == length)
            {
                word.Count++;
                return id;
            }
        }
    }

    /// <summary>Interns a lower-cased word of any length.</summary>
    public int Intern(ReadOnlySpan<byte> word)
    {
        if (word.Length <= sizeof(ulong))
        {
            return InternShort(ReadPadded(word), word.Length);
        }

        ulong first = BinaryPrimitives.ReadUInt64LittleEndian(word);
        if (word.Length <= 2 * sizeof(ulong))
        {
            return InternMedium(first, ReadPadded(word[sizeof(ulong)..]), word.Length);
        }

        ulong second = BinaryPrimitives.ReadUInt64LittleEndian(word[sizeof(ulong)..]);
        uint hash = Fold((first ^ ((second ^ HashRest(word[(2 * sizeof(ulong))..])) * SecondKey)) * FirstKey);
        int mask = _slotMask;
        for (int index = (int)hash & mask; ; index = (index + 1) & mask)
        {
            int id = _slots[index] - 1;
            if (id < 0)
            {
                return Add(index, first, second, word.Length, hash, word);
            }

            ref Word candidate = ref _words[id];
            if (candidate.Hash == hash && candidate.First == first && candidate.Second == second && candidate.Length == word.Length
                && word.SequenceEqual(_arena.AsSpan(_arenaOffsets[id], word.Length)))
            {
                candidate.Count++;
                return id;
            }
        }
    }

    /// <summary>Interns a word that <paramref name="words"/> holds, without copying it.</summary>
    public int Intern(Utf8WordList words, int index)
    {
        (ulong first, ulong second, int length) = words.Padded(index);
        return length <= sizeof(ulong) ? InternShort(first, length)
            : length <= 2 * sizeof(ulong) ? InternMedium(first, second, length)
            : Intern(words[index]);
    }

    /// <summary>Word <paramref name="id"/> as a string, read where it is kept (no packed copy of the vocabulary).</summary>
    public string GetString(int id)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)id, (uint)_count, nameof(id));
        Word word = _words[id];
        if (word.Length > 2 * sizeof(ulong))
        {
            return Utf8Strings.Create(_arena.AsSpan(_arenaOffsets[id], word.Length));
        }

        Span<byte> bytes = stackalloc byte[2 * sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, word.First);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[sizeof(ulong)..], word.Second);
        return Utf8Strings.Create(bytes[..word.Length]);
    }

    /// <summary>The vocabulary in id order, packed, and each word's count.</summary>
    public (Utf8WordList Words, int[] Counts) Build()
    {
        var counts = new int[_count];
        var ends = new int[_count];
        FreshPages.Populate(counts, _count); // each written once, in order: a fault a page, without this
        FreshPages.Populate(ends, _count);
        int length = 0;
        for (int id = 0; id < _count; id++)
        {
            length += _words[id].Length;
            ends[id] = length;
        }

        // A word of up to sixteen bytes is written as its two integers whole; the next word, or
        // the list's slack, covers what lies past its end.
        var bytes = new byte[length + Utf8WordList.Slack];
        FreshPages.Populate(bytes, bytes.Length);
        int start = 0;
        for (int id = 0; id < _count; id++)
        {
            Word word = _words[id];
            counts[id] = word.Count;
            if (word.Length > 2 * sizeof(ulong))
            {
                _arena.AsSpan(_arenaOffsets[id], word.Length).CopyTo(bytes.AsSpan(start));
            }
            else
            {
                BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(start), word.First);
                BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(start + sizeof(ulong)), word.Second);
            }

            start += word.Length;
        }

        return (new Utf8WordList(bytes, ends), counts);
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_slots);
        ArrayPool<Word>.Shared.Return(_words);
        ReturnIfRented(_arena);
        ReturnIfRented(_arenaOffsets);
        _slots = [];
        _words = [];
        _arena = [];
        _arenaOffsets = [];
    }

    /// <summary>The first up to eight bytes of <paramref name="word"/> as a little-endian integer, zero-padded.</summary>
    private static ulong ReadPadded(ReadOnlySpan<byte> word)
    {
        if (word.Length >= sizeof(ulong))
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(word);
        }

        Span<byte> padded = stackalloc byte[sizeof(ulong)];
        padded.Clear();
        word.CopyTo(padded);
        return BinaryPrimitives.ReadUInt64LittleEndian(padded);
    }

    // Odd multipliers from SplitMix64 (Steele, Lea and Flood, "Fast Splittable Pseudorandom
    // Number Generators", OOPSLA 2014).
    private const ulong FirstKey = 0x94D049BB133111EBUL;
    private const ulong SecondKey = 0xBF58476D1CE4E5B9UL;

    /// <summary>
    /// Multiplicative hashing (Knuth, The Art of Computer Programming, vol. 3, 2nd ed., §6.4)
    /// folded: the product's high half depends on every input bit and is XORed onto the low half
    /// that the slot index uses. One multiplication per eight bytes is what a word of up to sixteen
    /// bytes costs; its zero padding makes its length part of its integers (no word holds a NUL).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(ulong product) => (uint)(product >> 32) ^ (uint)product;

    /// <summary>The bytes after the first sixteen, eight at a time.</summary>
    private static ulong HashRest(ReadOnlySpan<byte> rest)
    {
        ulong h = (ulong)rest.Length;
        int i = 0;
        for (; i + sizeof(ulong) <= rest.Length; i += sizeof(ulong))
        {
            h = Mix(h ^ BinaryPrimitives.ReadUInt64LittleEndian(rest[i..]), 0x9E3779B97F4A7C15UL);
        }

        return Mix(h ^ ReadPadded(rest[i..]), SecondKey);
    }

    /// <summary>The "mum" step of wyhash (Wang Yi, 2019): the 128-bit product's halves XORed.</summary>
    private static ulong Mix(ulong a, ulong b)
    {
        ulong high = Math.BigMul(a ^ 0xA0761D6478BD642FUL, b, out ulong low);
        return high ^ low;
    }

    /// <param name="longWord">The whole word when it is longer than sixteen bytes, else empty.</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Add(int index, ulong first, ulong second, int length, uint hash, ReadOnlySpan<byte> longWord)
    {
        int id = _count++;
        if (id == _words.Length)
        {
            _words = Enlarge(_words, id, 0);
        }

        _words[id] = new Word { First = first, Second = second, Hash = hash, Length = length, Count = 1 };
        _slots[index] = id + 1;
        if (!longWord.IsEmpty)
        {
            KeepLongWord(id, longWord);
        }

        // Keep the load factor at most a quarter: probe sequences stay short, so the probe loop's
        // branch is mispredicted less (measured 7 % faster than a half, for 4 bytes more a word).
        if (_count * 4 > _slotMask + 1)
        {
            Grow();
        }

        return id;
    }

    private void KeepLongWord(int id, ReadOnlySpan<byte> word)
    {
        if (_arenaLength + word.Length > _arena.Length)
        {
            _arena = Enlarge(_arena, _arenaLength, Math.Max(1 << 12, _arenaLength + word.Length));
        }

        if (id >= _arenaOffsets.Length)
        {
            _arenaOffsets = Enlarge(_arenaOffsets, _arenaOffsets.Length, Math.Max(256, id + 1));
        }

        _arenaOffsets[id] = _arenaLength;
        word.CopyTo(_arena.AsSpan(_arenaLength));
        _arenaLength += word.Length;
    }

    /// <summary>A pooled array of at least twice the length (and at least <paramref name="minimum"/>) holding the first <paramref name="used"/> items.</summary>
    private static T[] Enlarge<T>(T[] array, int used, int minimum)
        where T : unmanaged
    {
        T[] larger = Rent<T>(Math.Max(minimum, 2 * array.Length));
        array.AsSpan(0, used).CopyTo(larger);
        ReturnIfRented(array);
        return larger;
    }

    private static void ReturnIfRented<T>(T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    private void Grow()
    {
        int size = 2 * (_slotMask + 1);
        int[] slots = RentCleared(size);
        int mask = size - 1;
        for (int id = 0; id < _count; id++)
        {
            int index = (int)_words[id].Hash & mask;
            while (slots[index] != 0)
            {
                index = (index + 1) & mask;
            }

            slots[index] = id + 1;
        }

        ArrayPool<int>.Shared.Return(_slots);
        _slots = slots;
        _slotMask = mask;
    }

    private static int[] RentCleared(int size)
    {
        int[] slots = Rent<int>(size);
        Array.Clear(slots, 0, size);
        return slots;
    }

    /// <summary>A pooled array with the pages of its first <paramref name="length"/> items mapped (<see cref="FreshPages"/>).</summary>
    private static T[] Rent<T>(int length)
        where T : unmanaged
    {
        T[] array = ArrayPool<T>.Shared.Rent(length);
        FreshPages.Populate(array, length);
        return array;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Word
    {
        public ulong First;
        public ulong Second;
        public uint Hash;
        public int Length;
        public int Count;
    }
}
