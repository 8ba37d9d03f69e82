using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Tests.WordCount;

public class WordCountTableTests
{
    [Fact]
    public void Equal_counts_keep_first_occurrence_order()
    {
        TokenizedBook book = Tokenizer.Tokenize("c b a b c a d", "ties");

        WordCountEntry[] table = WordCountTable.FromBook(book);

        Assert.Equal(["c", "b", "a", "d"], table.Select(e => e.Word));
        Assert.Equal([2, 2, 2, 1], table.Select(e => e.Count));
    }

    [Fact]
    public void Percentages_divide_before_multiplying()
    {
        TokenizedBook book = Tokenizer.Tokenize(string.Join(' ', Enumerable.Repeat("a", 7).Concat(Enumerable.Repeat("b", 3))), "pct");

        WordCountEntry[] table = WordCountTable.FromBook(book);

        Assert.Equal(7.0 / 10 * 100.0, table[0].Percentage);
        Assert.Equal(3.0 / 10 * 100.0, table[1].Percentage);
    }

    [Fact]
    public void Min_length_filters_after_sorting_and_rescales_percentages()
    {
        TokenizedBook book = Tokenizer.Tokenize("a a a word word other", "filter");

        WordCountEntry[] table = WordCountTable.FromBook(book, minLength: 2);

        Assert.Equal(["word", "other"], table.Select(e => e.Word));
        Assert.Equal(2.0 / 3 * 100.0, table[0].Percentage);
    }

    [Fact]
    public void Min_length_counts_code_points_not_utf16_units()
    {
        TokenizedBook book = Tokenizer.Tokenize("\U00010428 ab", "astral");

        WordCountEntry[] table = WordCountTable.FromBook(book, minLength: 2);

        Assert.Equal(["ab"], table.Select(e => e.Word));
    }

    [Fact]
    public void RankByCount_orders_by_count_then_id()
    {
        Assert.Equal([2, 0, 3, 1], WordCountTable.RankByCount([5, 1, 9, 5]));
    }
}
