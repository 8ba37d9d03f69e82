using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// <c>zipf_test.py N file.dat...</c>: a header <c>Book,word1,...,wordN</c>, then one row per input,
/// in argument order, with the counts of its N most frequent words (docs/reference-quirks.md §12–13).
/// </summary>
public static class ZipfTable
{
    public static string Header(int topWords)
    {
        var header = new StringBuilder("Book");
        for (int i = 1; i <= topWords; i++)
        {
            header.Append(",word").Append(i.ToString(CultureInfo.InvariantCulture));
        }

        return header.ToString();
    }

    /// <summary>
    /// The reference's book name, <c>input_file[:-4].split("/")[-1]</c>: the last four characters
    /// are cut whatever the extension is.
    /// </summary>
    public static string BookName(string inputPath)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        string withoutExtension = Text.PythonString.DropLast(inputPath, 4);
        return withoutExtension[(withoutExtension.LastIndexOf('/') + 1)..];
    }

    /// <summary>A row; a book with fewer than N distinct words has fewer columns.</summary>
    public static string Row(string inputPath, IReadOnlyList<WordCountEntry> entries, int topWords)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var row = new StringBuilder(BookName(inputPath));
        for (int i = 0; i < Math.Min(topWords, entries.Count); i++)
        {
            row.Append(',').Append(entries[i].Count.ToString(CultureInfo.InvariantCulture));
        }

        return row.ToString();
    }

    /// <summary>The whole table for the given .dat files, each line ending in "\n" as <c>print</c> ends it.</summary>
    /// <param name="threads">
    /// How many files to read at once. Each .dat is read whole (a malformed line anywhere is
    /// refused, as the reference's loader refuses it), which is most of the time; rows still come
    /// out in input order, and the error reported is the first file's in that order.
    /// </param>
    public static string Render(int topWords, IEnumerable<string> datPaths, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(datPaths);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        string[] paths = [.. datPaths];
        var rows = new string[paths.Length];
        var failures = new Exception?[paths.Length];

        // The largest file first, and each next one to whichever thread is free (Graham's
        // longest-processing-time rule): the Gutenberg .dat files differ 100-fold in size, and
        // Parallel.For's ranges left one thread holding several large ones while the other waited.
        int[] largestFirst = [.. Enumerable.Range(0, paths.Length).OrderByDescending(i => SizeOf(paths[i])).ThenBy(i => i)];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering), options, i =>
        {
            try
            {
                rows[i] = Row(paths[i], DatFile.Read(paths[i], topWords), topWords);
            }
#pragma warning disable CA1031 // Kept and rethrown below, the first in input order, as a sequential read would throw it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[i] = e;
            }
        });

        if (failures.FirstOrDefault(f => f is not null) is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        var table = new StringBuilder(Header(topWords)).Append('\n');
        foreach (string row in rows)
        {
            table.Append(row).Append('\n');
        }

        return table.ToString();
    }

    /// <summary>The file's length, or 0 for a path that is not a readable file: its read, in input order, reports why.</summary>
    private static long SizeOf(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? file.Length : 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return 0;
        }
    }
}
