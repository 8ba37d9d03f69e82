using System.Buffers;
using System.Globalization;
using System.Text;
using ParallelLab.Core.IO;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// The reference's .dat format (docs/reference-quirks.md §11): <c>word count percentage</c>, single spaces, "\n",
/// UTF-8 without BOM, no header. Reading follows <c>load_word_counts</c>: lines starting with '#'
/// are skipped and fields are split on whitespace.
/// </summary>
public static class DatFile
{
    public static string Format(IEnumerable<WordCountEntry> entries) => Text(output => FormatUtf8(entries, output));

    /// <summary>
    /// The file's bytes, written straight as UTF-8: the word's bytes, the count's digits and the
    /// percentage's <see cref="PythonFloat"/> digits, with no string per line. A percentage equal
    /// to the line before's (the same count: by Zipf's law most words share a small count, and the
    /// lines are sorted by count) reuses its digits instead of formatting them again.
    /// </summary>
    public static void FormatUtf8(IEnumerable<WordCountEntry> entries, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(output);
        var lines = new LineWriter(output);
        foreach (WordCountEntry entry in entries)
        {
            // Longest word: at most 3 UTF-8 bytes a UTF-16 unit.
            Span<byte> word = lines.WordSpan(3 * entry.Word.Length);
            lines.Finish(Encoding.UTF8.GetBytes(entry.Word, word), entry.Count, entry.Percentage);
        }
    }

    /// <summary>
    /// A counted book's .dat straight from its UTF-8 words (<see cref="Tokenizer.CountUtf8"/>), no
    /// string made: the same bytes as <see cref="Write(string, IEnumerable{WordCountEntry})"/> of
    /// <see cref="WordCountTable.FromBook"/>.
    /// </summary>
    public static void Write(string path, TokenizedBook book, int minLength = 1) => Write(path, WordTable.FromBook(book, minLength));

    /// <summary>A table's .dat from its UTF-8 words, no string made.</summary>
    public static void Write(string path, WordTable table) => WriteFile(path, output => FormatUtf8(table, output));

    /// <summary>The .dat's text of a table (see <see cref="FormatUtf8(WordTable, IBufferWriter{byte})"/>).</summary>
    public static string Format(WordTable table) => Text(output => FormatUtf8(table, output));

    /// <summary>A table's lines straight from its UTF-8 words.</summary>
    public static void FormatUtf8(WordTable table, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        var lines = new LineWriter(output);
        for (int row = 0; row < table.Count; row++)
        {
            ReadOnlySpan<byte> word = table.Utf8Word(row);
            word.CopyTo(lines.WordSpan(word.Length));
            lines.Finish(word.Length, table.CountOf(row), table.PercentageOf(row));
        }
    }

    /// <summary>
    /// Writes "word count percentage" lines: the caller puts the word into <see cref="WordSpan"/>,
    /// then <see cref="Finish"/> adds the rest. A percentage equal to the previous line's (most
    /// words share a small count) reuses its formatted repr.
    /// </summary>
    private ref struct LineWriter(IBufferWriter<byte> output)
    {
        private readonly IBufferWriter<byte> _output = output;
        private Span<byte> _line;
        private byte[] _percentage = new byte[PythonFloat.MaxLength];
        private int _percentageLength;
        private long _formatted = BitConverter.DoubleToInt64Bits(double.NaN); // bits, so that -0.0 and 0.0 stay apart

        /// <summary>Room for a word of up to <paramref name="maxWordBytes"/> bytes and the rest of its line.</summary>
        public Span<byte> WordSpan(int maxWordBytes)
        {
            // The word, 20 digits, a float and 3 separators.
            _line = _output.GetSpan(maxWordBytes + 20 + PythonFloat.MaxLength + 3);
            return _line;
        }

        public void Finish(int wordLength, long count, double percentage)
        {
            long bits = BitConverter.DoubleToInt64Bits(percentage);
            if (bits != _formatted || _percentageLength == 0)
            {
                _percentageLength = PythonFloat.WriteRepr(percentage, _percentage);
                _formatted = bits;
            }

            int length = wordLength;
            _line[length++] = (byte)' ';
            count.TryFormat(_line[length..], out int digits, provider: CultureInfo.InvariantCulture);
            length += digits;
            _line[length++] = (byte)' ';
            _percentage.AsSpan(0, _percentageLength).CopyTo(_line[length..]);
            length += _percentageLength;
            _line[length++] = (byte)'\n';
            _output.Advance(length);
        }
    }

    public static void Write(string path, IEnumerable<WordCountEntry> entries) => WriteFile(path, output => FormatUtf8(entries, output));

    /// <summary>The lines <paramref name="format"/> writes, as a string.</summary>
    private static string Text(Action<IBufferWriter<byte>> format)
    {
        var text = new ArrayBufferWriter<byte>();
        format(text);
        return Encoding.UTF8.GetString(text.WrittenSpan);
    }

    /// <summary>The lines <paramref name="format"/> writes, replacing <paramref name="path"/> atomically.</summary>
    private static void WriteFile(string path, Action<IBufferWriter<byte>> format)
    {
        using var text = new PooledBufferWriter(1 << 16);
        format(text);
        AtomicFile.WriteAllBytes(path, text.WrittenSpan);
    }

    public static WordCountEntry[] Read(string path) => Read(path, int.MaxValue);

    /// <summary>
    /// The first <paramref name="keep"/> entries of a .dat file, every line still checked as the
    /// reference's <c>load_word_counts</c> parses it (a malformed line anywhere is an error), but
    /// without making a string of each later word: what <c>zipf_test</c> needs of a file.
    /// </summary>
    public static WordCountEntry[] Read(string path, int keep)
    {
        // Rented: zipf_test reads the workflow's every .dat (22 MB for the Gutenberg corpus), and
        // as fresh arrays on the large object heap they set off full collections in its last step.
        using RentedBytes rented = InputFile.ReadAllBytesRented(path, "word-count file");
        ReadOnlySpan<byte> bytes = rented.Span;
        if (keep < int.MaxValue && System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // The first lines the general way (their words become strings); the rest, nearly all
            // of the file, checked on the bytes when they are in the form this lab and the
            // reference write.
            int prefix = AfterLines(bytes, keep);
            WordCountEntry[] first = Parse(BookDecoder.DecodeText(bytes[..prefix], "word-count file", path), path, keep);
            if ((first.Length == keep || prefix == bytes.Length) && AllPlainLines(bytes[prefix..]))
            {
                return first;
            }
        }

        return Parse(BookDecoder.DecodeText(bytes, "word-count file", path), path, keep);
    }

    /// <summary>Where the first <paramref name="lines"/> "\n"-ended lines end (all of the text if it has fewer).</summary>
    private static int AfterLines(ReadOnlySpan<byte> bytes, int lines)
    {
        int end = 0;
        for (int line = 0; line < lines && end < bytes.Length; line++)
        {
            int next = bytes[end..].IndexOf((byte)'\n');
            end = next < 0 ? bytes.Length : end + next + 1;
        }

        return end;
    }

    /// <summary>
    /// True when every line is "word count percentage\n" as written here: single spaces, a word
    /// without whitespace that is not a comment, plain digits, a plain decimal. Such a line is
    /// exactly what <c>load_word_counts</c> accepts without a doubt; false means only "look closer",
    /// and the caller parses the file the general way, which also names a malformed line.
    /// </summary>
    private static bool AllPlainLines(ReadOnlySpan<byte> bytes)
    {
        // Most lines take vectorised searches only: a printable ASCII word, then " count percentage"
        // the same as the line before's (the lines are sorted by count, and equal counts have equal
        // percentages). The rest go byte by byte. A .dat's rare words are most of its lines, so
        // this is most of zipf_test's time: 22 MB for the Gutenberg corpus.
        ReadOnlySpan<byte> checkedTail = [];
        while (!bytes.IsEmpty)
        {
            // The word ends at the first space, and a word with a newline in it is not plain.
            int space = bytes.IndexOf((byte)' ');
            if (space > 0 && IsPlainWord(bytes[..space]) && !checkedTail.IsEmpty && bytes[space..].StartsWith(checkedTail))
            {
                int lineEnd = space + checkedTail.Length;
                if (lineEnd == bytes.Length || bytes[lineEnd] == (byte)'\n')
                {
                    bytes = bytes[Math.Min(lineEnd + 1, bytes.Length)..];
                    continue;
                }
            }

            int end = bytes.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = end < 0 ? bytes : bytes[..end];
            bytes = end < 0 ? [] : bytes[(end + 1)..];
            if (!IsPlainLine(line))
            {
                return false;
            }

            // What follows the word is checked apart from it: a word, whatever its letters, ends at
            // the line's first space and leaves the check in the same state.
            checkedTail = line[line.IndexOf((byte)' ')..];
        }

        return true;
    }

    /// <summary>A word of printable ASCII that does not start a comment.</summary>
    private static bool IsPlainWord(ReadOnlySpan<byte> word) => word[0] != (byte)'#' && !word.ContainsAnyExceptInRange((byte)'!', (byte)'~');

    /// <summary>One line of <see cref="AllPlainLines"/>, without its "\n", byte by byte.</summary>
    private static bool IsPlainLine(ReadOnlySpan<byte> line)
    {
        // A small state machine: the word, the count, then the percentage as digits [. digits] [e sign digits].
        PlainLine state = PlainLine.WordStart;
        bool digitSeen = false;
        for (int i = 0; i < line.Length; i++)
        {
            byte b = line[i];
            switch (state)
            {
                case PlainLine.WordStart or PlainLine.Word when b >= 0x80:
                    // A word's non-ASCII letters (the text is valid UTF-8), unless one is Python whitespace.
                    if (StartsPythonSpace(line[i..]))
                    {
                        return false;
                    }

                    state = PlainLine.Word;
                    break;
                case PlainLine.WordStart when IsAsciiWordByte(b) && b != (byte)'#':
                    state = PlainLine.Word;
                    break;
                case PlainLine.Word when IsAsciiWordByte(b):
                    break;
                case PlainLine.Word when b == (byte)' ':
                    state = PlainLine.CountStart;
                    break;
                case PlainLine.CountStart or PlainLine.Count when b is >= (byte)'0' and <= (byte)'9':
                    state = PlainLine.Count;
                    break;
                case PlainLine.Count when b == (byte)' ':
                    state = PlainLine.Mantissa;
                    digitSeen = false;
                    break;
                case PlainLine.Mantissa or PlainLine.Fraction when b is >= (byte)'0' and <= (byte)'9':
                    digitSeen = true;
                    break;
                case PlainLine.Mantissa when b == (byte)'.':
                    state = PlainLine.Fraction;
                    break;
                case PlainLine.Mantissa or PlainLine.Fraction when digitSeen && b is (byte)'e' or (byte)'E':
                    state = PlainLine.ExponentSign;
                    break;
                case PlainLine.ExponentSign when b is (byte)'+' or (byte)'-':
                    state = PlainLine.ExponentStart;
                    break;
                case PlainLine.ExponentSign or PlainLine.ExponentStart or PlainLine.Exponent when b is >= (byte)'0' and <= (byte)'9':
                    state = PlainLine.Exponent;
                    break;
                default:
                    return false;
            }
        }

        return state is PlainLine.Mantissa or PlainLine.Fraction or PlainLine.Exponent && digitSeen;
    }

    /// <summary>
    /// An ASCII byte that <c>str.split()</c> keeps in a word: anything but its ASCII whitespace
    /// (space, "\t\n\v\f\r" and "\x1c"–"\x1f"). Control characters do occur in words: pg79's
    /// "expos\x1b\x02".
    /// </summary>
    private static bool IsAsciiWordByte(byte b) => b < 0x80 && b is not ((byte)' ' or (>= 0x09 and <= 0x0D) or (>= 0x1C and <= 0x1F));

    /// <summary>Whether valid UTF-8 starts with a non-ASCII character of <c>str.isspace</c> (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).</summary>
    private static bool StartsPythonSpace(ReadOnlySpan<byte> utf8) => utf8 switch
    {
        [0xC2, 0x85 or 0xA0, ..] => true,
        [0xE1, 0x9A, 0x80, ..] => true,
        [0xE2, 0x80, >= 0x80 and <= 0x8A or 0xA8 or 0xA9 or 0xAF, ..] => true,
        [0xE2, 0x81, 0x9F, ..] => true,
        [0xE3, 0x80, 0x80, ..] => true,
        _ => false,
    };

    private enum PlainLine
    {
        WordStart,
        Word,
        CountStart,
        Count,
        Mantissa,
        Fraction,
        ExponentSign,
        ExponentStart,
        Exponent,
    }

    public static WordCountEntry[] Parse(string text, string name) => Parse(text, name, int.MaxValue);

    private static WordCountEntry[] Parse(string text, string name, int keep)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<WordCountEntry>();
        int lineNumber = 0;
        ReadOnlySpan<char> rest = text;
        while (!rest.IsEmpty)
        {
            // Python's text-mode iteration (universal newlines): a line ends at "\n", "\r" or
            // "\r\n", and a final line break does not start another line.
            int end = rest.IndexOfAny('\n', '\r');
            ReadOnlySpan<char> line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
            lineNumber++;
            if (line.StartsWith('#'))
            {
                continue;
            }

            // load_word_counts: fields = line.split(); (fields[0], int(fields[1]), float(fields[2])).
            // A blank line makes the reference fail with IndexError; we name the line instead.
            ReadOnlySpan<char> remaining = line;
            ReadOnlySpan<char> word = NextField(ref remaining);
            ReadOnlySpan<char> countField = NextField(ref remaining);
            ReadOnlySpan<char> percentageField = NextField(ref remaining);
            // A line that is not kept need only be a float; in the .dat's own form it certainly is one.
            double percentage = double.NaN;
            bool kept = entries.Count < keep;
            bool isFloat = (!kept && PythonNumber.IsPlainDecimal(percentageField)) || PythonNumber.TryParseFloat(percentageField, out percentage);
            if (percentageField.IsEmpty || !PythonNumber.TryParseInt(countField, out long count) || !isFloat)
            {
                throw new InputException($"word-count file '{name}' line {lineNumber} is not 'word count percentage': '{Shorten(line.ToString())}'");
            }

            if (kept)
            {
                entries.Add(new WordCountEntry(word.ToString(), count, percentage));
            }
        }

        return [.. entries];
    }

    /// <summary>The next field of <c>str.split()</c> (runs of Python whitespace separate fields), or empty at the end.</summary>
    private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> line)
    {
        int start = 0;
        while (start < line.Length && IsSpace(line[start]))
        {
            start++;
        }

        int end = start;
        while (end < line.Length && !IsSpace(line[end]))
        {
            end++;
        }

        ReadOnlySpan<char> field = line[start..end];
        line = line[end..];
        return field;
    }

    /// <summary><see cref="PythonWhitespace.IsSpace"/> with the common case first: a printable ASCII character is never a space.</summary>
    private static bool IsSpace(char c) => c is not (> ' ' and < '\u007F') && PythonWhitespace.IsSpace(c);

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
