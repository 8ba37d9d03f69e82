using System.Globalization;
using System.Text;

namespace ParallelLab.Core.Corpus;

/// <summary>
/// Lays words out as a plain-text book like the lesson's Gutenberg files: a title, chapters,
/// paragraphs of sentences with capitals, commas, quotes, hyphens and contractions, lines
/// wrapped at 72 columns with CRLF, and (for most books) a UTF-8 byte-order mark, so that the
/// tokeniser's quirks (delimiters, case, the BOM glued to the first word) all occur.
/// </summary>
internal sealed class SyntheticBookWriter
{
    private const int LineWidth = 72;
    private const string Newline = "\r\n";

    private readonly string[] _lexicon;
    private readonly TopicModel _topics;
    private readonly SeededRandom _random;
    private readonly bool _typographicQuotes;
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _paragraph = new();
    private int _utf8Bytes;

    public SyntheticBookWriter(string[] lexicon, DiscreteSampler global, SeededRandom random, bool typographicQuotes)
    {
        _lexicon = lexicon;
        _random = random;
        _topics = new TopicModel(global, random);
        _typographicQuotes = typographicQuotes;
    }

    public string Write(int targetBytes, bool byteOrderMark)
    {
        if (byteOrderMark)
        {
            _text.Append('\uFEFF');
        }

        AppendLine($"THE {Word().ToUpperInvariant()} OF {Word().ToUpperInvariant()}");
        AppendLine(string.Empty);
        int chapter = 0;
        int paragraphsLeftInChapter = 0;
        while (_utf8Bytes < targetBytes)
        {
            if (paragraphsLeftInChapter-- == 0)
            {
                chapter++;
                AppendLine(string.Empty);
                AppendLine($"CHAPTER {RomanNumeral(chapter)}");
                AppendLine(string.Empty);
                paragraphsLeftInChapter = _random.Next(20, 60);
            }

            WriteParagraph();
        }

        return _text.ToString();
    }

    private void WriteParagraph()
    {
        _topics.StartParagraph();
        _paragraph.Clear();
        int sentences = _random.Next(2, 10);
        for (int s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                _paragraph.Append(' ');
            }

            WriteSentence();
        }

        Wrap(_paragraph.ToString());
        AppendLine(string.Empty);
    }

    private void WriteSentence()
    {
        bool quoted = _random.Chance(0.15);
        if (quoted)
        {
            _paragraph.Append(_typographicQuotes ? '“' : '"');
        }

        int words = _random.Next(4, 23);
        for (int w = 0; w < words; w++)
        {
            if (w > 0)
            {
                _paragraph.Append(' ');
            }

            string word = Word();
            _paragraph.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            AppendDecoration(w == words - 1);
        }

        _paragraph.Append(_random.NextDouble() switch { < 0.8 => '.', < 0.9 => '?', _ => '!' });
        if (quoted)
        {
            _paragraph.Append(_typographicQuotes ? '”' : '"');
        }
    }

    private void AppendDecoration(bool lastWord)
    {
        double u = _random.NextDouble();
        if (u < 0.015 && !lastWord)
        {
            _paragraph.Append('-').Append(Word());
        }
        else if (u < 0.035)
        {
            _paragraph.Append(_typographicQuotes ? "’s" : "'s");
        }
        else if (u < 0.038)
        {
            _paragraph.Append(' ').Append(_random.Next(1, 2000).ToString(CultureInfo.InvariantCulture));
        }
        else if (u < 0.11 && !lastWord)
        {
            _paragraph.Append(_random.Chance(0.85) ? ',' : ';');
        }
    }

    private string Word() => _lexicon[_topics.NextWord()];

    private void Wrap(string paragraph)
    {
        int lineStart = 0;
        while (paragraph.Length - lineStart > LineWidth)
        {
            int breakAt = paragraph.LastIndexOf(' ', lineStart + LineWidth, LineWidth);
            if (breakAt <= lineStart)
            {
                breakAt = paragraph.IndexOf(' ', lineStart + LineWidth);
                if (breakAt < 0)
                {
                    break;
                }
            }

            AppendLine(paragraph[lineStart..breakAt]);
            lineStart = breakAt + 1;
        }

        AppendLine(paragraph[lineStart..]);
    }

    private void AppendLine(string line)
    {
        _text.Append(line).Append(Newline);
        _utf8Bytes += Encoding.UTF8.GetByteCount(line) + Newline.Length;
    }

    private static string RomanNumeral(int number)
    {
        (int Value, string Symbol)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var roman = new StringBuilder();
        foreach ((int value, string symbol) in numerals)
        {
            while (number >= value)
            {
                roman.Append(symbol);
                number -= value;
            }
        }

        return roman.ToString();
    }
}
