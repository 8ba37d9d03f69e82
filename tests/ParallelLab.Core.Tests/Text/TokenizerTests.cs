using ParallelLab.Core.Text;

namespace ParallelLab.Core.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        TokenizedBook book = Tokenizer.Tokenize(text, "test");
        return book.WordIds.ToArray().Select(id => book.Vocabulary[id]).ToArray();
    }

    [Fact]
    public void Every_reference_delimiter_becomes_a_space()
    {
        string text = string.Join(string.Empty, Delimiters.All.Select(d => $"w{d}"));

        Assert.Equal(Enumerable.Repeat("w", Delimiters.All.Length), Tokens(text));
    }

    [Theory]
    [InlineData("a&b", "a&b")]
    [InlineData("a_b", "a_b")]
    [InlineData("a+b", "a+b")]
    [InlineData("a|b", "a|b")]
    [InlineData("a~b", "a~b")]
    [InlineData("a\\b", "a\\b")]
    [InlineData("don\u2019t", "don\u2019t")]
    [InlineData("\u201Cquoted\u201D", "\u201Cquoted\u201D")]
    [InlineData("em\u2014dash", "em\u2014dash")]
    [InlineData("1852", "1852")]
    public void Non_delimiters_stay_inside_a_word(string text, string word) => Assert.Equal([word], Tokens(text));

    [Fact]
    public void Ascii_apostrophe_splits_a_contraction() => Assert.Equal(["don", "t"], Tokens("don't"));

    [Fact]
    public void The_byte_order_mark_sticks_to_the_first_word()
    {
        Assert.Equal(["\uFEFFthe", "the"], Tokens("\uFEFFThe the"));
    }

    [Fact]
    public void Information_separators_split_words_as_python_does() => Assert.Equal(["a", "b", "c", "d", "e"], Tokens("a\u001Cb\u001Dc\u001Ed\u001Fe"));

    [Fact]
    public void Zero_width_space_does_not_split() => Assert.Equal(["a\u200Bb"], Tokens("a\u200Bb"));

    [Fact]
    public void C1_controls_stay_inside_words() => Assert.Equal(["a\u0082b"], Tokens("A\u0082B"));

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    [InlineData("\u000C")]
    public void Line_breaks_do_not_change_the_tokens(string lineBreak)
    {
        Assert.Equal(["one", "two", "three"], Tokens($"One{lineBreak}two{lineBreak}{lineBreak}Three{lineBreak}"));
    }

    [Fact]
    public void Ids_follow_first_occurrence_and_counts_add_up()
    {
        TokenizedBook book = Tokenizer.Tokenize("b a b c a b", "test");

        Assert.Equal(["b", "a", "c"], book.Vocabulary);
        Assert.Equal([0, 1, 0, 2, 1, 0], book.WordIds.ToArray());
        Assert.Equal([3, 2, 1], book.Counts.ToArray());
    }

    [Fact]
    public void Unicode_lowercase_rules_apply_to_words()
    {
        Assert.Equal(["οδο\u03C2", "σα", "i\u0307stanbul"], Tokens("ΟΔΟΣ ΣΑ \u0130STANBUL"));
    }

    [Fact]
    public void Text_without_words_gives_an_empty_book()
    {
        TokenizedBook book = Tokenizer.Tokenize(" .,;\r\n\t", "blank");

        Assert.Equal(0, book.TokenCount);
        Assert.Equal(0, book.VocabularySize);
    }

    [Fact]
    public void Word_positions_index_every_occurrence_in_order()
    {
        TokenizedBook book = Tokenizer.Tokenize("x y x z x y", "test");

        Assert.Equal([0, 2, 4], book.Positions.Of(0).ToArray());
        Assert.Equal([1, 5], book.Positions.Of(1).ToArray());
        Assert.Equal([3], book.Positions.Of(2).ToArray());
    }
}
