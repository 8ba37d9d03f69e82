namespace ParallelLab.TestSupport;

/// <summary>
/// The lesson's books and the Python reference's outputs in <c>../shared</c> beside the checkout.
/// Tests that need them are skipped with a message where the folder is absent (a bare clone on a
/// laptop) but fail in CI, where it must be present.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static bool IsPresent => Root.Value is not null;

    public static bool RunningInCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string MissingMessage =>
        "../shared (the lesson's books and reference outputs) is not beside this checkout; set PARALLELLAB_SHARED to its path to run these tests";

    public static string Directory => Root.Value ?? throw new InvalidOperationException(MissingMessage);

    public static string BooksDirectory => Path.Combine(Directory, "data", "gutenberg");

    public static string ReferenceDirectory => Path.Combine(Directory, "reference");

    public static string BookPath(string book) => Path.Combine(BooksDirectory, book + ".txt");

    public static string ReferenceDatPath(string book) => Path.Combine(ReferenceDirectory, "processed_data", book + ".dat");

    public static string ReferenceAcfPath(string book) => Path.Combine(ReferenceDirectory, "acf", book + ".csv");

    public static string ReferenceZipfPath => Path.Combine(ReferenceDirectory, "results.csv");

    /// <summary>Every book that has a reference .dat, in ordinal (C locale) order.</summary>
    public static IReadOnlyList<string> Books =>
        IsPresent
            ? System.IO.Directory.GetFiles(Path.Combine(ReferenceDirectory, "processed_data"), "*.dat")
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>()
                .Where(book => File.Exists(BookPath(book)))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];

    /// <summary>xunit member data: one row per reference book.</summary>
    public static TheoryData<string> BookData()
    {
        var data = new TheoryData<string>();
        foreach (string book in Books)
        {
            data.Add(book);
        }

        return data;
    }

    private static string? Locate()
    {
        string? configured = Environment.GetEnvironmentVariable("PARALLELLAB_SHARED");
        if (!string.IsNullOrEmpty(configured))
        {
            return System.IO.Directory.Exists(Path.Combine(configured, "reference")) ? Path.GetFullPath(configured) : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParallelLab.sln")))
            {
                string shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return System.IO.Directory.Exists(Path.Combine(shared, "reference")) ? shared : null;
            }
        }

        return null;
    }
}
