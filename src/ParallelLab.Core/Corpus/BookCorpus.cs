using ParallelLab.Core.IO;

namespace ParallelLab.Core.Corpus;

/// <summary>A folder of plain-text books: every <c>*.txt</c> in it, in ordinal name order.</summary>
public sealed class BookCorpus
{
    private BookCorpus(string directory, IReadOnlyList<BookFile> books)
    {
        Directory = directory;
        Books = books;
    }

    public string Directory { get; }

    public IReadOnlyList<BookFile> Books { get; }

    public long TotalBytes => Books.Sum(b => b.Bytes);

    public BookFile Largest => Books.MaxBy(b => b.Bytes)!;

    public static BookCorpus Open(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (File.Exists(directory))
        {
            throw new InputException($"corpus '{directory}' is a file; give the directory that holds the books");
        }

        if (!System.IO.Directory.Exists(directory))
        {
            throw new InputException($"corpus directory '{directory}' does not exist");
        }

        BookFile[] books = new DirectoryInfo(directory).EnumerateFiles("*.txt")
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new BookFile(Path.GetFileNameWithoutExtension(f.Name), f.FullName, f.Length))
            .ToArray();
        if (books.Length == 0)
        {
            throw new InputException($"corpus directory '{directory}' has no *.txt books");
        }

        return new BookCorpus(Path.GetFullPath(directory), books);
    }
}
