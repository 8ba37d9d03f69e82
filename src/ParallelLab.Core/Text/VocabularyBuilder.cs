using System.Numerics;
using System.Runtime.InteropServices;

namespace ParallelLab.Core.Text;

/// <summary>
/// Assigns word ids in first-occurrence order and counts occurrences. Word counting spends most
/// of its time here, so this is a purpose-built open-addressing hash table (linear probing over a
/// power-of-two array of ids) keyed by the lower-cased span: a repeated word costs one hash of its
/// characters, usually one probe and one comparison, and no allocation. The hash needs no flooding
/// resistance (<see cref="Dictionary{TKey, TValue}"/>'s randomised one costs twice as much) because
/// a book can at worst make its own counting slow.
/// </summary>
internal sealed class VocabularyBuilder
{
    private int[] _slots = new int[1024]; // word id + 1; 0 marks an empty slot
    private readonly List<string> _words = [];
    private readonly List<int> _counts = [];
    private readonly List<uint> _hashes = [];

    public int Intern(ReadOnlySpan<char> word)
    {
        uint hash = Hash(word);
        int mask = _slots.Length - 1;
        Span<uint> hashes = CollectionsMarshal.AsSpan(_hashes);
        for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            int id = _slots[slot] - 1;
            if (id < 0)
            {
                return Add(word.ToString(), hash, slot);
            }

            if (hashes[id] == hash && word.SequenceEqual(_words[id]))
            {
                CollectionsMarshal.AsSpan(_counts)[id]++;
                return id;
            }
        }
    }

    public TokenizedBook Build(string name, int[] wordIds) => new(name, wordIds, [.. _words], [.. _counts]);

    private int Add(string word, uint hash, int slot)
    {
        int id = _words.Count;
        _slots[slot] = id + 1;
        _words.Add(word);
        _counts.Add(1);
        _hashes.Add(hash);

        // Keep the load factor at most one half so that probe sequences stay short.
        if (_words.Count * 2 > _slots.Length)
        {
            Grow();
        }

        return id;
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        int mask = slots.Length - 1;
        for (int id = 0; id < _hashes.Count; id++)
        {
            int slot = (int)_hashes[id] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id + 1;
        }

        _slots = slots;
    }

    /// <summary>
    /// Four characters at a time, multiply–rotate mixing, then a final avalanche (MurmurHash3's
    /// fmix64) so that the low bits used as the slot index depend on every character.
    /// </summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        ulong h = (ulong)word.Length * 0x9E3779B97F4A7C15UL;
        ReadOnlySpan<ulong> blocks = MemoryMarshal.Cast<char, ulong>(word);
        foreach (ulong block in blocks)
        {
            h = BitOperations.RotateLeft((h ^ block) * 0xBF58476D1CE4E5B9UL, 29);
        }

        for (int i = blocks.Length * 4; i < word.Length; i++)
        {
            h = BitOperations.RotateLeft((h ^ word[i]) * 0x94D049BB133111EBUL, 23);
        }

        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return (uint)h;
    }
}
