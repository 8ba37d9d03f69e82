using System.Collections;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// A ranked word-count table, the rows of a .dat file (<c>word count percentage</c>), kept as the
/// counting left it: the words' lower-cased UTF-8 and their counts, in row order. A row becomes a
/// <see cref="WordCountEntry"/>, and its word a string, only when someone reads it that way; the
/// .dat is written from the bytes (<see cref="DatFile.Write(string, WordTable)"/>). A string per
/// distinct word costs more than counting does (the Gutenberg corpus's 922,000 book-words made
/// 40 MB of strings for the collector to trace), and neither the workflow nor a comparison of two
/// results needs them.
/// </summary>
public sealed class WordTable : IReadOnlyList<WordCountEntry>
{
    private readonly Utf8WordList _words;
    private readonly int[]? _wordOfRow; // null: row i is word i
    private readonly int _rows;
    private readonly TokenizedBook? _book; // a book's table reads the book's counts by word id
    private readonly long[]? _rowCounts; // else the counts are kept by row

    private WordTable(Utf8WordList words, int[]? wordOfRow, int rows, TokenizedBook? book, long[]? rowCounts, long total)
    {
        _words = words;
        _wordOfRow = wordOfRow;
        _rows = rows;
        _book = book;
        _rowCounts = rowCounts;
        Total = total;
    }

    /// <summary>
    /// A counted book's table: by decreasing count, ties in first-occurrence order, words shorter
    /// than <paramref name="minLength"/> left out (see <see cref="WordCountTable.Rank"/>).
    /// </summary>
    public static WordTable FromBook(TokenizedBook book, int minLength = 1)
    {
        (int[] order, int kept, long total) = WordCountTable.Rank(book, minLength);
        return new WordTable(book.Utf8Words, order, kept, book, null, total);
    }

    /// <summary>Rows already in order: word <c>i</c> of <paramref name="words"/> with <c>counts[i]</c>.</summary>
    internal static WordTable InRowOrder(Utf8WordList words, long[] counts, long total) =>
        new(words, null, words.Count, null, counts, total);

    /// <summary>Rows.</summary>
    public int Count => _rows;

    /// <summary>The counted words the percentages divide by: every token kept (after the length filter).</summary>
    public long Total { get; }

    public WordCountEntry this[int row] => new(Word(row), CountOf(row), PercentageOf(row));

    public string Word(int row) => _words.GetString(WordIndex(row));

    public long CountOf(int row) => _rowCounts is { } counts ? counts[CheckRow(row)] : _book!.Counts[WordIndex(row)];

    /// <summary><c>(float(count) / total) * 100.0</c>: divide first (docs/reference-quirks.md §9).</summary>
    public double PercentageOf(int row) => WordCountTable.Percentage(CountOf(row), Total);

    /// <summary>Row <paramref name="row"/>'s word as lower-cased UTF-8.</summary>
    internal ReadOnlySpan<byte> Utf8Word(int row) => _words[WordIndex(row)];

    /// <summary>The same rows (words, counts) and total, compared on the bytes: no string made.</summary>
    public bool SameRows(WordTable other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._rows != _rows || other.Total != Total)
        {
            return false;
        }

        for (int row = 0; row < _rows; row++)
        {
            if (CountOf(row) != other.CountOf(row) || !Utf8Word(row).SequenceEqual(other.Utf8Word(row)))
            {
                return false;
            }
        }

        return true;
    }

    public IEnumerator<WordCountEntry> GetEnumerator()
    {
        for (int row = 0; row < _rows; row++)
        {
            yield return this[row];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int WordIndex(int row)
    {
        CheckRow(row);
        return _wordOfRow is null ? row : _wordOfRow[row];
    }

    private int CheckRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)_rows, nameof(row));
        return row;
    }
}
