using System.Text;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Tests.WordCount;

/// <summary>The table kept as UTF-8: the same rows as the string table, compared without strings.</summary>
public class WordTableTests
{
    private static WordTable Count(string text, int minLength = 1) =>
        BookWordCounter.Count(Encoding.UTF8.GetBytes(text), "book", minLength);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Its_rows_are_the_string_tables_rows(int minLength)
    {
        const string text = "Über die Straße: the THE the straße, ἄλφα; a a b longer-than-sixteen-bytes-word wörter";
        WordTable table = Count(text, minLength);

        WordCountEntry[] expected = WordCountTable.FromBook(Tokenizer.Tokenize(text, "book"), minLength);

        Assert.Equal(expected, table.ToArray());
        Assert.Equal(expected.Length, table.Count);
        Assert.Equal(expected.Sum(e => e.Count), table.Total);
        Assert.Equal(DatFile.Format(expected), DatFile.Format(table));
    }

    [Fact]
    public void The_same_text_gives_the_same_rows_and_any_difference_is_seen()
    {
        WordTable table = Count("b a b c");

        Assert.True(table.SameRows(Count("B a, b c")));
        Assert.False(table.SameRows(Count("b a b d")), "a word differs");
        Assert.False(table.SameRows(Count("b a b c c")), "a count differs");
        Assert.False(table.SameRows(Count("b a b c e")), "a row more");
        Assert.False(table.SameRows(Count("b a b c", minLength: 2)), "rows left out");
    }

    [Fact]
    public void A_corpus_table_has_the_rows_of_the_concatenated_text()
    {
        string[] books = ["the cat saw the dog", "a dog saw THE cat and a bird", "bird"];
        var counts = CorpusWordCounts.Of(books.Select((text, i) => Tokenizer.CountUtf8(Encoding.UTF8.GetBytes(text), $"b{i}")));

        WordTable table = counts.ToTable();

        Assert.True(table.SameRows(Count(string.Join("\n", books))));
        Assert.Equal(["the", "cat", "saw", "dog", "a", "bird", "and"], table.Select(e => e.Word));
    }

    [Fact]
    public void A_row_past_the_end_is_refused()
    {
        WordTable table = Count("one two");

        Assert.Throws<ArgumentOutOfRangeException>(() => table.Word(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.CountOf(-1));
    }
}
