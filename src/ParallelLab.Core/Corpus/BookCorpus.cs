using ParallelLab.Core.IO;

namespace ParallelLab.Core.Corpus;

/// <summary>A folder of plain-text books: every <c>*.txt</c> in it, in ordinal name order.</summary>
public sealed class BookCorpus
{
    private BookCorpus(string directory, IReadOnlyList<BookFile> books)
    {
        Directory = directory;
        Books = books;
        Largest = books.MaxBy(b => b.Bytes)!;
        TotalBytes = books.Sum(b => b.Bytes);
    }

    public string Directory { get; }

    public IReadOnlyList<BookFile> Books { get; }

    public long TotalBytes { get; }

    public BookFile Largest { get; }

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

        BookFile[] books;
        try
        {
            books = new DirectoryInfo(directory).EnumerateFiles("*.txt")
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => new BookFile(Path.GetFileNameWithoutExtension(f.Name), f.FullName, f.Length))
                .ToArray();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new InputException($"corpus directory '{directory}' cannot be listed: {e.Message}");
        }

        if (books.Length == 0)
        {
            throw new InputException($"corpus directory '{directory}' has no *.txt books");
        }

        return new BookCorpus(Path.GetFullPath(directory), books);
    }
}
