using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ParallelLab.Core.Text;

/// <summary>
/// A bitmap of a UTF-8 text with one bit per byte, set where the byte is an ASCII token separator
/// (a reference delimiter or ASCII Python whitespace, <see cref="TokenSeparators"/>). The tokenizer
/// then finds token boundaries 64 bytes at a time with bit operations instead of testing every byte.
/// Non-ASCII separators (U+0085, U+00A0, U+2000…) are multi-byte and rare; their bytes are left
/// clear here and the tokenizer splits the (non-ASCII) tokens that hold them.
/// </summary>
/// <remarks>
/// The vector test is the nibble-table lookup of Muła and Lemire ("Faster Base64 Encoding and
/// Decoding Using AVX2 Instructions", ACM Transactions on the Web 12(3), 2018, §4; also
/// Langdale and Lemire, "Parsing Gigabytes of JSON per Second", VLDB Journal 28, 2019, §3.1):
/// every ASCII byte is (high nibble h ∈ 0..7, low nibble l); a table indexed by l holds, as bit h,
/// whether (h, l) is a separator, a second table indexed by h holds the bit 1 ≪ h (zero for the
/// non-ASCII nibbles 8..15), and a byte is a separator when the two looked-up bytes share a bit.
/// </remarks>
internal static class SeparatorMask
{
    private static readonly byte[] RowsByLowNibble = BuildRows();

    /// <summary>Mask words for <paramref name="byteCount"/> bytes, plus one all-set sentinel word.</summary>
    public static int WordCount(int byteCount) => ((byteCount + 63) >> 6) + 1;

    /// <summary>
    /// Fills <paramref name="mask"/> (at least <see cref="WordCount"/> words): bit i of word w is byte
    /// 64·w + i. Bits past the end of the text are set, and so is the sentinel word, so that a scan
    /// for the end of a token always stops. Returns whether the text holds a NUL byte, which
    /// costs one comparison more per sixteen bytes here and spares a pass of its own.
    /// </summary>
    public static bool Fill(ReadOnlySpan<byte> bytes, Span<ulong> mask)
    {
        int fullWords = bytes.Length >> 6;
        ref byte start = ref MemoryMarshal.GetReference(bytes);
        int w = 0;
        bool nul = false;
        if (Vector128.IsHardwareAccelerated)
        {
            var rows = Vector128.Create(RowsByLowNibble);
            var columns = Vector128.Create(1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0).AsByte();
            Vector128<byte> nuls = Vector128<byte>.Zero;
            for (; w < fullWords; w++)
            {
                nuint offset = (nuint)w << 6;
                mask[w] = Separators16(ref start, offset, rows, columns, ref nuls)
                    | (Separators16(ref start, offset + 16, rows, columns, ref nuls) << 16)
                    | (Separators16(ref start, offset + 32, rows, columns, ref nuls) << 32)
                    | (Separators16(ref start, offset + 48, rows, columns, ref nuls) << 48);
            }

            nul = nuls != Vector128<byte>.Zero;
        }

        for (; w < mask.Length; w++)
        {
            ulong bits = 0;
            for (int i = 0; i < 64; i++)
            {
                int index = (w << 6) + i;
                // Only ASCII bytes: a byte of a multi-byte character (0x85 or 0xA0 in "…" or "à")
                // is not the Latin-1 character of the same number.
                if (index >= bytes.Length || (bytes[index] < 0x80 && TokenSeparators.IsSeparator((char)bytes[index])))
                {
                    bits |= 1UL << i;
                }

                nul |= index < bytes.Length && bytes[index] == 0;
            }

            mask[w] = bits;
        }

        return nul;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Separators16(ref byte start, nuint offset, Vector128<byte> rows, Vector128<byte> columns, ref Vector128<byte> nuls)
    {
        Vector128<byte> text = Vector128.LoadUnsafe(ref start, offset);
        nuls |= Vector128.Equals(text, Vector128<byte>.Zero);
        Vector128<byte> row = Vector128.ShuffleNative(rows, text & Vector128.Create((byte)0x0F));
        Vector128<byte> column = Vector128.ShuffleNative(columns, Vector128.ShiftRightLogical(text, 4));
        Vector128<byte> separator = ~Vector128.Equals(row & column, Vector128<byte>.Zero);
        return separator.ExtractMostSignificantBits();
    }

    private static byte[] BuildRows()
    {
        var rows = new byte[16];
        for (int c = 0; c < 128; c++)
        {
            if (TokenSeparators.IsSeparator((char)c))
            {
                rows[c & 0x0F] |= (byte)(1 << (c >> 4));
            }
        }

        return rows;
    }
}
