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
        var ids = new IdBuffer(Math.Max(16, text.Length / 5));
        var vocabulary = new VocabularyBuilder();
        char[] lowered = ArrayPool<char>.Shared.Rent(256);
        var nonAscii = new StringBuilder();
        try
        {
            ReadOnlySpan<char> span = text;
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
                if (System.Text.Ascii.IsValid(token))
                {
                    if (lowered.Length < token.Length)
                    {
                        ArrayPool<char>.Shared.Return(lowered);
                        lowered = ArrayPool<char>.Shared.Rent(token.Length);
                    }

                    System.Text.Ascii.ToLower(token, lowered, out int written);
                    ids.Add(vocabulary.Intern(lowered.AsSpan(0, written)));
                }
                else
                {
                    nonAscii.Clear();
                    PythonLowercase.Append(token, nonAscii);
                    ids.Add(vocabulary.Intern(nonAscii.ToString().AsSpan()));
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lowered);
        }

        return vocabulary.Build(name, ids.ToArray());
    }

    /// <summary>A growable int array without <see cref="List{T}"/>'s per-add bounds and version checks.</summary>
    private struct IdBuffer(int capacity)
    {
        private int[] _items = new int[capacity];
        private int _count;

        public void Add(int id)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[_count++] = id;
        }

        public readonly int[] ToArray() => _items.AsSpan(0, _count).ToArray();
    }
}
