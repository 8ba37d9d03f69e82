using System.Globalization;
using System.Text;
using ParallelLab.Core.IO;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// The reference's .dat format (QUIRKS 11): <c>word count percentage</c>, single spaces, "\n",
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
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException($"word-count file '{path}' is not valid UTF-8 text");
        }

        return Parse(text, path);
    }

    public static WordCountEntry[] Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<WordCountEntry>();
        int lineNumber = 0;

        // Python's text mode reads "\r\n" and "\r" as "\n" (universal newlines).
        foreach (string line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            string[] fields = SplitOnPythonWhitespace(line);
            if (fields.Length < 3
                || !int.TryParse(fields[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int count)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double percentage))
            {
                throw new InputException($"word-count file '{name}' line {lineNumber} is not 'word count percentage': '{Shorten(line)}'");
            }

            entries.Add(new WordCountEntry(fields[0], count, percentage));
        }

        return [.. entries];
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
