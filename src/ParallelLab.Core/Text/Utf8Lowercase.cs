using System.Runtime.CompilerServices;
using System.Text;

namespace ParallelLab.Core.Text;

/// <summary>
/// Python's <c>str.lower()</c> applied to UTF-8 bytes, so that the tokenizer never decodes the
/// text to UTF-16. ASCII words, nearly all of them, are lower-cased eight bytes at a time; other
/// words rune by rune with .NET's invariant mapping, which is Unicode's simple lowercase mapping,
/// and through <see cref="PythonLowercase"/> where Python's full mapping differs (İ, Σ).
/// </summary>
internal static class Utf8Lowercase
{
    private const ulong HighBits = 0x8080808080808080UL;

    /// <summary>True when none of the eight bytes has its high bit set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAscii(ulong bytes) => (bytes & HighBits) == 0;

    /// <summary>
    /// Lower-cases eight ASCII bytes at once (SWAR; Hacker's Delight, 2nd ed., §6-1): adding 0x3F to
    /// a byte sets its high bit when it is ≥ 'A', adding 0x25 when it is > 'Z'; where only the first
    /// is set the byte is a capital, and 0x80 ≫ 2 = 0x20 turns it into its small letter. No byte
    /// carries into the next because every byte is below 0x80.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong LowerAscii(ulong bytes)
    {
        ulong atLeastA = bytes + 0x3F3F3F3F3F3F3F3FUL;
        ulong aboveZ = bytes + 0x2525252525252525UL;
        ulong capitals = atLeastA & ~aboveZ & HighBits;
        return bytes | (capitals >> 2);
    }

    /// <summary>
    /// Lower-cases a word of valid UTF-8 into <paramref name="destination"/> (at least twice the
    /// word's length, the most any lowercase mapping needs) and returns the bytes written.
    /// </summary>
    public static int Lower(ReadOnlySpan<byte> word, Span<byte> destination)
    {
        if (Ascii.IsValid(word))
        {
            Ascii.ToLower(word, destination, out int written);
            return written;
        }

        int length = 0;
        for (int i = 0; i < word.Length;)
        {
            byte b = word[i];
            if (b < 0x80)
            {
                destination[length++] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;
                i++;
                continue;
            }

            Rune.DecodeFromUtf8(word[i..], out Rune rune, out int consumed);
            if (PythonLowercase.DiffersFromSimpleMapping(rune))
            {
                // İ or Σ: Python's full mapping, in context, through the UTF-16 implementation.
                string lowered = PythonLowercase.Lower(BookDecoder.StrictUtf8.GetString(word));
                return BookDecoder.StrictUtf8.GetBytes(lowered, destination);
            }

            length += Rune.ToLowerInvariant(rune).EncodeToUtf8(destination[length..]);
            i += consumed;
        }

        return length;
    }
}
