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
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();
        foreach (WordCountEntry entry in entries)
        {
            text.Append(entry.Word).Append(' ')
                .Append(entry.Count.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(PythonFloat.Repr(entry.Percentage)).Append('\n');
        }

        return text.ToString();
    }

    public static void Write(string path, IEnumerable<WordCountEntry> entries) => AtomicFile.WriteAllText(path, Format(entries));

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
