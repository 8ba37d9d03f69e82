using System.Text;
using ParallelLab.Core.IO;

namespace ParallelLab.Core.Text;

/// <summary>
/// Decodes a book the way the reference's <c>open(file, "r").read()</c> does under a UTF-8 locale:
/// strict UTF-8 with the byte-order mark kept as U+FEFF (QUIRKS 1–2). .NET's readers strip the BOM,
/// so we decode raw bytes with an encoding that neither emits nor detects one.
/// </summary>
public static class BookDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadBook(string path) => Decode(InputFile.ReadAllBytes(path, "book"), path);

    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">What to call the input in an error message.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.IsEmpty)
        {
            throw new InputException($"book '{name}' is empty");
        }

        // Python would happily decode NUL bytes, but a text with NULs is a binary file given by
        // mistake (an archive, an image); saying so beats counting garbage "words".
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InputException($"book '{name}' looks binary (NUL byte at offset {nul}), not plain text");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // The reference raises UnicodeDecodeError here; we name the offset instead.
            throw new InputException($"book '{name}' is not valid UTF-8 text (invalid byte at offset {e.Index})");
        }
    }
}
