using System.Buffers;
using System.Numerics;

namespace ParallelLab.Core.Text;

/// <summary>
/// Turns a book into a <see cref="TokenizedBook"/> exactly as the reference's
/// <c>update_word_counts</c>/<c>preprocess_text</c> do: delimiters become spaces, the text is split
/// on Python whitespace, and each token is lower-cased with Python's rules. It works on the UTF-8
/// bytes and never decodes the text: a <see cref="SeparatorMask"/> marks the separators, 64 bytes
/// to a word, and token boundaries come out of each word with bit operations, so that finding a
/// token takes a few instructions that do not wait on the previous token; a
/// <see cref="TokenTally"/> then lower-cases and counts it.
/// </summary>
public static class Tokenizer
{
    /// <summary>Mask words (of 64 bytes) between two calls of a checkpoint: 64 KiB of text.</summary>
    private const int CheckpointEvery = 1024;

    /// <param name="text">The decoded book.</param>
    /// <param name="name">What to call the book.</param>
    /// <param name="checkpoint">Called every 64 KiB of text, where a global lock may be handed over.</param>
    public static TokenizedBook Tokenize(string text, string name, Action? checkpoint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(BookDecoder.StrictUtf8.GetBytes(text), name, checkpoint, recordIds: true, refuseNul: false);
    }

    /// <summary>
    /// Tokenises a book's bytes: refused (an <see cref="IO.InputException"/>) when empty, binary or
    /// not UTF-8, as <see cref="BookDecoder"/> refuses them.
    /// </summary>
    public static TokenizedBook TokenizeUtf8(ReadOnlySpan<byte> bytes, string name, Action? checkpoint = null)
    {
        BookDecoder.ValidateAllButNul(bytes, name);
        return Scan(bytes, name, checkpoint, recordIds: true, refuseNul: true);
    }

    /// <summary>
    /// Counts a book's words without keeping the text as word ids, which word counting never needs
    /// (the ids of a 30 MB corpus are 24 MB of memory to write and copy): the result has no
    /// <see cref="TokenizedBook.WordIds"/>.
    /// </summary>
    public static TokenizedBook CountUtf8(ReadOnlySpan<byte> bytes, string name, Action? checkpoint = null)
    {
        BookDecoder.ValidateAllButNul(bytes, name);
        return Scan(bytes, name, checkpoint, recordIds: false, refuseNul: true);
    }

    /// <summary>Reads and tokenises a book file; the book is named by its path.</summary>
    public static TokenizedBook TokenizeFile(string path) => TokenizeUtf8(IO.InputFile.ReadAllBytes(path, "book"), path);

    /// <param name="refuseNul">Whether a NUL byte makes the text binary (a file's bytes) or is a character like any other (a string given in code).</param>
    private static TokenizedBook Scan(ReadOnlySpan<byte> text, string name, Action? checkpoint, bool recordIds, bool refuseNul)
    {
        var tally = new TokenTally(text, recordIds);
        int maskLength = SeparatorMask.WordCount(text.Length);
        ulong[] rented = ArrayPool<ulong>.Shared.Rent(maskLength);
        IO.FreshPages.Populate(rented, maskLength);
        try
        {
            Span<ulong> mask = rented.AsSpan(0, maskLength);
            if (SeparatorMask.Fill(text, mask) && refuseNul)
            {
                throw BookDecoder.Binary(text, name);
            }

            CountTokens(ref tally, mask, checkpoint);
            return tally.Build(name);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
            tally.Dispose();
        }
    }

    /// <summary>
    /// Hands every token the mask delimits to the tally. A token starts at a clear bit whose
    /// predecessor is set and ends (exclusively) at a set bit whose predecessor is clear; the byte
    /// before the text counts as a separator, and the mask's set padding and sentinel word end the
    /// last token. Starts and ends alternate, so the k-th start of a word pairs with its k-th end,
    /// or with the first end of a later word when the token runs on. The tally is called from one
    /// place only, outside any exception handler, so that the compiler inlines it here.
    /// </summary>
    private static void CountTokens(ref TokenTally tally, ReadOnlySpan<ulong> mask, Action? checkpoint)
    {
        int pendingStart = -1;
        ulong previousIsSeparator = 1;
        for (int w = 0; w < mask.Length; w++)
        {
            if (checkpoint is not null && w % CheckpointEvery == CheckpointEvery - 1)
            {
                checkpoint();
            }

            ulong separators = mask[w];
            ulong shifted = (separators << 1) | previousIsSeparator;
            previousIsSeparator = separators >> 63;
            ulong starts = ~separators & shifted;
            ulong ends = separators & ~shifted;
            int offset = w << 6;
            while (true)
            {
                int start;
                if (pendingStart >= 0)
                {
                    if (ends == 0)
                    {
                        break;
                    }

                    start = pendingStart;
                    pendingStart = -1;
                }
                else
                {
                    if (starts == 0)
                    {
                        break;
                    }

                    start = offset + BitOperations.TrailingZeroCount(starts);
                    starts &= starts - 1;
                    if (ends == 0)
                    {
                        pendingStart = start;
                        break;
                    }
                }

                tally.Add(start, offset + BitOperations.TrailingZeroCount(ends));
                ends &= ends - 1;
            }
        }
    }
}
