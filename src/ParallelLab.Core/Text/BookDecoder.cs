using System.Text;
using ParallelLab.Core.IO;

namespace ParallelLab.Core.Text;

/// <summary>
/// Decodes a book the way the reference's <c>open(file, "r").read()</c> does under a UTF-8 locale:
/// strict UTF-8 with the byte-order mark kept as U+FEFF (docs/reference-quirks.md §1–2). .NET's readers strip the BOM,
/// so we decode raw bytes with an encoding that neither emits nor detects one.
/// </summary>
public static class BookDecoder
{
    /// <summary>The largest book we accept: its text must fit in one .NET string.</summary>
    public const int MaxBytes = 1_000_000_000;

    /// <summary>Strict UTF-8 without BOM handling, shared by every reader of text files.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadBook(string path) => Decode(InputFile.ReadAllBytes(path, "book"), path);

    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">What to call the input in an error message.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        CheckIsText(bytes, name);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw NotUtf8(name, e);
        }
    }

    /// <summary>
    /// Decodes into <paramref name="destination"/> (at least <c>bytes.Length</c> long, since UTF-8
    /// never needs more UTF-16 units than bytes) and returns the number of characters, so that a
    /// caller with a pooled buffer allocates no string.
    /// </summary>
    public static int DecodeInto(ReadOnlySpan<byte> bytes, Span<char> destination, string name)
    {
        CheckIsText(bytes, name);
        try
        {
            return StrictUtf8.GetChars(bytes, destination);
        }
        catch (DecoderFallbackException e)
        {
            throw NotUtf8(name, e);
        }
    }

    /// <summary>
    /// Refuses what <see cref="Decode"/> refuses (empty, too large, binary, not UTF-8) without
    /// decoding: the UTF-8 check is vectorised and an order of magnitude faster than decoding.
    /// </summary>
    public static void Validate(ReadOnlySpan<byte> bytes, string name)
    {
        CheckIsText(bytes, name);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // Decoding finds the offending byte for the message.
            _ = Decode(bytes, name);
        }
    }

    /// <summary>
    /// <see cref="Validate"/> but for the NUL bytes, which the caller looks for on its own pass over
    /// the text (the tokenizer's separator mask) and refuses with <see cref="Binary"/>: what is
    /// refused, and with which message, is the same.
    /// </summary>
    internal static void ValidateAllButNul(ReadOnlySpan<byte> bytes, string name)
    {
        CheckSize(bytes, name);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            Validate(bytes, name); // a NUL before the bad byte is named first, as Validate names it
        }
    }

    /// <summary>The refusal of a text holding a NUL byte, the first of which is named.</summary>
    internal static InputException Binary(ReadOnlySpan<byte> bytes, string name) =>
        new($"book '{name}' looks binary (NUL byte at offset {bytes.IndexOf((byte)0)}), not plain text");

    /// <summary>Strict UTF-8 for any other text input (a .dat file), with the same error.</summary>
    public static string DecodeText(ReadOnlySpan<byte> bytes, string role, string name)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException($"{role} '{name}' is not valid UTF-8 text (invalid byte at offset {e.Index})");
        }
    }

    private static void CheckIsText(ReadOnlySpan<byte> bytes, string name)
    {
        CheckSize(bytes, name);

        // Python would happily decode NUL bytes, but a text with NULs is a binary file given by
        // mistake (an archive, an image); saying so beats counting garbage "words".
        if (bytes.Contains((byte)0))
        {
            throw Binary(bytes, name);
        }
    }

    private static void CheckSize(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.IsEmpty)
        {
            throw new InputException($"book '{name}' is empty");
        }

        if (bytes.Length > MaxBytes)
        {
            throw new InputException($"book '{name}' is {bytes.Length / 1e6:F0} MB; books above {MaxBytes / 1e6:F0} MB are not supported");
        }
    }

    // The reference raises UnicodeDecodeError here; we name the offset instead.
    private static InputException NotUtf8(string name, DecoderFallbackException e) =>
        new($"book '{name}' is not valid UTF-8 text (invalid byte at offset {e.Index})");
}
