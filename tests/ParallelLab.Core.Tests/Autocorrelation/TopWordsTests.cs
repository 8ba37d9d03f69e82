using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.IO;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Tests.Autocorrelation;

public class TopWordsTests
{
    private static readonly TokenizedBook Book = Tokenizer.Tokenize("with be with be the the the", "book");

    [Fact]
    public void The_dat_order_decides_between_tied_words()
    {
        WordCountEntry[] dat = [new("the", 3, 0), new("be", 2, 0), new("with", 2, 0)];

        int[] ids = TopWords.FromDat(Book, dat, 2, "book.dat");

        Assert.Equal(["the", "be"], ids.Select(id => Book.Vocabulary[id]));
    }

    [Fact]
    public void Fewer_words_than_asked_uses_them_all() =>
        Assert.Equal(3, TopWords.FromDat(Book, WordCountTable.FromBook(Book), 16, "book.dat").Length);

    [Fact]
    public void A_word_the_book_lacks_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => TopWords.FromDat(Book, [new WordCountEntry("absent", 9, 0)], 16, "other.dat"));

        Assert.Contains("another book", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Most_frequent_matches_the_dat_order() =>
        Assert.Equal(WordCountTable.FromBook(Book).Select(e => e.Word), TopWords.MostFrequent(Book, 16).Select(id => Book.Vocabulary[id]));
}
