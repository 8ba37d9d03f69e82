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
    public static string Format(IEnumerable<WordCountEntry> entries)
    {
        var text = new ArrayBufferWriter<byte>();
        FormatUtf8(entries, text);
        return Encoding.UTF8.GetString(text.WrittenSpan);
    }

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
        Span<byte> percentage = stackalloc byte[PythonFloat.MaxLength];
        int percentageLength = 0;
        long formatted = BitConverter.DoubleToInt64Bits(double.NaN); // bits, so that -0.0 and 0.0 stay apart
        foreach (WordCountEntry entry in entries)
        {
            long bits = BitConverter.DoubleToInt64Bits(entry.Percentage);
            if (bits != formatted || percentageLength == 0)
            {
                percentageLength = PythonFloat.WriteRepr(entry.Percentage, percentage);
                formatted = bits;
            }

            // Longest line: the word in UTF-8 (at most 3 bytes a UTF-16 unit), 20 digits, a float, 3 separators.
            Span<byte> line = output.GetSpan((3 * entry.Word.Length) + 20 + PythonFloat.MaxLength + 3);
            int length = Encoding.UTF8.GetBytes(entry.Word, line);
            line[length++] = (byte)' ';
            entry.Count.TryFormat(line[length..], out int digits, provider: CultureInfo.InvariantCulture);
            length += digits;
            line[length++] = (byte)' ';
            percentage[..percentageLength].CopyTo(line[length..]);
            length += percentageLength;
            line[length++] = (byte)'\n';
            output.Advance(length);
        }
    }

    public static void Write(string path, IEnumerable<WordCountEntry> entries)
    {
        var text = new ArrayBufferWriter<byte>(1 << 16);
        FormatUtf8(entries, text);
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
        byte[] bytes = InputFile.ReadAllBytes(path, "word-count file");
        return Parse(BookDecoder.DecodeText(bytes, "word-count file", path), path, keep);
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
            double percentage = double.NaN;
            bool kept = entries.Count < keep;
            if (percentageField.IsEmpty
                || !PythonNumber.TryParseInt(countField, out long count)
                || (kept || !PythonNumber.IsPlainDecimal(percentageField) ? !PythonNumber.TryParseFloat(percentageField, out percentage) : false))
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
        while (start < line.Length && PythonWhitespace.IsSpace(line[start]))
        {
            start++;
        }

        int end = start;
        while (end < line.Length && !PythonWhitespace.IsSpace(line[end]))
        {
            end++;
        }

        ReadOnlySpan<char> field = line[start..end];
        line = line[end..];
        return field;
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
