using ParallelLab.Core.Corpus;
using ParallelLab.Core.IO;

namespace ParallelLab.Core.Tests.Corpus;

public sealed class BookCorpusTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("parallellab-books-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Lists_txt_books_in_ordinal_order_and_ignores_other_files()
    {
        foreach (string name in new[] { "pg99.txt", "pg101.txt", "pg13.txt", "LICENSE.md" })
        {
            File.WriteAllText(Path.Combine(_directory.FullName, name), "words");
        }

        BookCorpus corpus = BookCorpus.Open(_directory.FullName);

        Assert.Equal(["pg101", "pg13", "pg99"], corpus.Books.Select(b => b.Name));
    }

    [Fact]
    public void A_folder_without_books_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => BookCorpus.Open(_directory.FullName));

        Assert.Contains("no *.txt books", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => CorpusLocator.Resolve(Path.Combine(_directory.FullName, "missing")));

        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_directory_wins()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "a.txt"), "words");

        Assert.Equal(_directory.FullName, CorpusLocator.Resolve(_directory.FullName).Directory);
    }
}
