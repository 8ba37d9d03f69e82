using System.Buffers;
using System.Text;

namespace ParallelLab.Core.Text;

/// <summary>
/// Turns decoded text into a <see cref="TokenizedBook"/> exactly as the reference's
/// <c>update_word_counts</c>/<c>preprocess_text</c> do: delimiters become spaces, the text is split
/// on Python whitespace, and each token is lower-cased with Python's rules. One pass, no string
/// per token: a token is lower-cased into a buffer and looked up by span.
/// </summary>
public static class Tokenizer
{
    /// <summary>Characters between two calls of a checkpoint.</summary>
    private const int CheckpointEvery = 1 << 16;

    /// <param name="text">The decoded book.</param>
    /// <param name="name">What to call the book.</param>
    /// <param name="checkpoint">Called every 64 Ki characters, where a global lock may be handed over.</param>
    public static TokenizedBook Tokenize(string text, string name, Action? checkpoint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text.AsSpan(), name, checkpoint);
    }

    /// <summary>
    /// Decodes and tokenises a book's bytes through a pooled buffer: no string of the whole text is
    /// made, which halves the memory traffic of word counting and keeps parallel workers from
    /// queueing on the garbage collector.
    /// </summary>
    public static TokenizedBook TokenizeUtf8(ReadOnlySpan<byte> bytes, string name, Action? checkpoint = null)
    {
        char[] text = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            int length = BookDecoder.DecodeInto(bytes, text, name);
            return Tokenize(text.AsSpan(0, length), name, checkpoint);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    /// <summary>Reads, decodes and tokenises a book file; the book is named by its path.</summary>
    public static TokenizedBook TokenizeFile(string path) => TokenizeUtf8(IO.InputFile.ReadAllBytes(path, "book"), path);

    public static TokenizedBook Tokenize(ReadOnlySpan<char> span, string name, Action? checkpoint = null)
    {
        var ids = new IdBuffer(Math.Max(16, span.Length / 5));
        var vocabulary = new VocabularyBuilder();
        char[] lowered = ArrayPool<char>.Shared.Rent(256);
        var nonAscii = new StringBuilder();
        try
        {
            int i = 0;
            int nextCheckpoint = CheckpointEvery;
            while (i < span.Length)
            {
                if (i >= nextCheckpoint && checkpoint is not null)
                {
                    checkpoint();
                    nextCheckpoint = i + CheckpointEvery;
                }

                while (i < span.Length && TokenSeparators.IsSeparator(span[i]))
                {
                    i++;
                }

                int start = i;
                while (i < span.Length && !TokenSeparators.IsSeparator(span[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    continue;
                }

                ReadOnlySpan<char> token = span[start..i];
                if (Ascii.IsValid(token))
                {
                    if (lowered.Length < token.Length)
                    {
                        ArrayPool<char>.Shared.Return(lowered);
                        lowered = ArrayPool<char>.Shared.Rent(token.Length);
                    }

                    Ascii.ToLower(token, lowered, out int written);
                    ids.Add(vocabulary.Intern(lowered.AsSpan(0, written)));
                }
                else
                {
                    // Rare (a few percent of tokens): Python's full lowercase mapping, looked up by span.
                    nonAscii.Clear();
                    PythonLowercase.Append(token, nonAscii);
                    ids.Add(InternBuilt(vocabulary, nonAscii, ref lowered));
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lowered);
        }

        return vocabulary.Build(name, ids.ToArray());
    }

    private static int InternBuilt(VocabularyBuilder vocabulary, StringBuilder word, ref char[] buffer)
    {
        if (buffer.Length < word.Length)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(word.Length);
        }

        word.CopyTo(0, buffer, word.Length);
        return vocabulary.Intern(buffer.AsSpan(0, word.Length));
    }

    /// <summary>A growable int array on pooled memory; only the final, exact-size copy is allocated.</summary>
    private struct IdBuffer(int capacity)
    {
        private int[] _items = ArrayPool<int>.Shared.Rent(capacity);
        private int _count;

        public void Add(int id)
        {
            if (_count == _items.Length)
            {
                int[] larger = ArrayPool<int>.Shared.Rent(_items.Length * 2);
                _items.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<int>.Shared.Return(_items);
                _items = larger;
            }

            _items[_count++] = id;
        }

        /// <summary>The ids, exactly sized; the pooled buffer goes back to the pool.</summary>
        public int[] ToArray()
        {
            int[] ids = _items.AsSpan(0, _count).ToArray();
            ArrayPool<int>.Shared.Return(_items);
            _items = [];
            return ids;
        }
    }
}
