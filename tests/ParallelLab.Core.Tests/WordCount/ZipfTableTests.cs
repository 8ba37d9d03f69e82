using ParallelLab.TestSupport;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Tests.WordCount;

public class ZipfTableTests
{
    [Theory]
    [InlineData("processed_data/pg45.dat", "pg45")]
    [InlineData("/abs/path/book.dat", "book")]
    [InlineData("book.text", "book.")]
    [InlineData("pg1", "")]
    public void Book_name_cuts_four_characters_and_the_directories(string path, string expected) =>
        Assert.Equal(expected, ZipfTable.BookName(path));

    [Fact]
    public void Header_names_n_word_columns()
    {
        Assert.Equal("Book,word1,word2,word3", ZipfTable.Header(3));
        Assert.Equal("Book", ZipfTable.Header(0));
    }

    [Fact]
    public void A_book_with_fewer_words_than_n_has_a_shorter_row()
    {
        WordCountEntry[] entries = [new("a", 3, 75.0), new("b", 1, 25.0)];

        Assert.Equal("tiny,3,1", ZipfTable.Row("tiny.dat", entries, 5));
    }

    [Fact]
    public void Reading_files_largest_first_gives_the_rows_and_the_first_error_in_input_order()
    {
        using var folder = new TemporaryDirectory();
        string[] dats = [.. Enumerable.Range(0, 12).Select(i => folder.File($"b{i}.dat"))];
        for (int i = 0; i < dats.Length; i++)
        {
            // Each file larger than the one before: read largest first, the last comes first.
            var rare = Enumerable.Range(0, 20 * i).Select(k => new WordCountEntry($"rare{k}", 1, 0.5));
            DatFile.Write(dats[i], [new($"w{i}", 3 + i, 75.0), new("x", 2, 25.0), .. rare]);
        }

        string inInputOrder = ZipfTable.Header(2) + "\n" + string.Concat(dats.Select(d => ZipfTable.Row(d, DatFile.Read(d), 2) + "\n"));
        Assert.Equal(inInputOrder, ZipfTable.Render(2, dats));
        Assert.Equal(inInputOrder, ZipfTable.Render(2, dats, threads: 4));

        File.AppendAllText(dats[9], "not a dat line\n");
        File.AppendAllText(dats[4], "neither is this\n");
        var sequential = Assert.Throws<ParallelLab.Core.IO.InputException>(() => ZipfTable.Render(2, dats));
        var parallel = Assert.Throws<ParallelLab.Core.IO.InputException>(() => ZipfTable.Render(2, dats, threads: 4));
        Assert.Equal(sequential.Message, parallel.Message);
        Assert.Contains("b4.dat", parallel.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_cannot_name_a_file_does_not_hide_an_earlier_files_error()
    {
        using var folder = new TemporaryDirectory();
        string bad = folder.File("bad.dat");
        File.WriteAllText(bad, "not a dat line\n");

        var error = Assert.Throws<ParallelLab.Core.IO.InputException>(() => ZipfTable.Render(2, [bad, ""], threads: 2));
        Assert.Contains("bad.dat", error.Message, StringComparison.Ordinal);
    }
}
