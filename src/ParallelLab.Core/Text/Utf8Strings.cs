using System.Text;

namespace ParallelLab.Core.Text;

/// <summary>Strings from UTF-8 that is known to be valid (words the tokenizer cut from a validated book).</summary>
internal static class Utf8Strings
{
    /// <summary>
    /// An ASCII word, nearly every one, is widened byte for byte (Latin-1 decoding is a vectorised
    /// widening with no validation); anything else is decoded as UTF-8.
    /// </summary>
    public static string Create(ReadOnlySpan<byte> utf8) =>
        Ascii.IsValid(utf8) ? Encoding.Latin1.GetString(utf8) : BookDecoder.StrictUtf8.GetString(utf8);
}
