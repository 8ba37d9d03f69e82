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

    public static WordCountEntry[] Read(string path)
    {
        byte[] bytes = InputFile.ReadAllBytes(path, "word-count file");
        return Parse(BookDecoder.DecodeText(bytes, "word-count file", path), path);
    }

    public static WordCountEntry[] Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<WordCountEntry>();
        int lineNumber = 0;
        foreach (string line in UniversalNewlineLines(text))
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                continue;
            }

            // load_word_counts: fields = line.split(); (fields[0], int(fields[1]), float(fields[2])).
            // A blank line makes the reference fail with IndexError; we name the line instead.
            string[] fields = SplitOnPythonWhitespace(line);
            if (fields.Length < 3
                || !PythonNumber.TryParseInt(fields[1], out long count)
                || !PythonNumber.TryParseFloat(fields[2], out double percentage))
            {
                throw new InputException($"word-count file '{name}' line {lineNumber} is not 'word count percentage': '{Shorten(line)}'");
            }

            entries.Add(new WordCountEntry(fields[0], count, percentage));
        }

        return [.. entries];
    }

    /// <summary>
    /// Lines as Python's text-mode file iteration yields them: broken at "\n", "\r" and "\r\n"
    /// only (universal newlines), not at the other characters <c>str.splitlines</c> knows. A final
    /// line break does not start another line.
    /// </summary>
    private static IEnumerable<string> UniversalNewlineLines(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                yield return text[start..i];
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static string[] SplitOnPythonWhitespace(string line)
    {
        var fields = new List<string>(3);
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && PythonWhitespace.IsSpace(line[i]))
            {
                i++;
            }

            int start = i;
            while (i < line.Length && !PythonWhitespace.IsSpace(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                fields.Add(line[start..i]);
            }
        }

        return [.. fields];
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
