using System.Globalization;
using System.Text;
using ParallelLab.Core.IO;

namespace ParallelLab.Core.Corpus;

/// <summary>
/// Writes the seeded synthetic corpus: the same seed gives the same bytes. Books are generated
/// from independent sub-streams of the seed, written into a temporary folder and moved into place
/// only when complete, so a reader never sees half a corpus.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Written last; its presence marks a complete corpus.</summary>
    public const string ManifestName = "corpus.manifest";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static string BookFileName(int index) => $"book{index + 1:00}.txt";

    /// <summary>The text of book <paramref name="index"/> (0-based).</summary>
    public static string GenerateBook(SyntheticCorpusOptions options, int index)
    {
        ArgumentNullException.ThrowIfNull(options);
        (string[] lexicon, DiscreteSampler global) = Language(options);
        return GenerateBook(options, index, lexicon, global, options.BookSizes()[index]);
    }

    /// <summary>
    /// Generates every book into <paramref name="directory"/>, which must not exist yet or be empty.
    /// <paramref name="progress"/> receives each finished book's file name.
    /// </summary>
    public static void Generate(string directory, SyntheticCorpusOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        string target = Path.GetFullPath(directory);
        if (File.Exists(target))
        {
            throw new InputException($"'{directory}' is a file, not a directory");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new InputException($"directory '{directory}' is not empty; choose a new or empty directory");
        }

        string parent = Path.GetDirectoryName(target) ?? ".";
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot create directory '{parent}': {e.Message}");
        }

        string staging = Path.Combine(parent, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.partial");
        try
        {
            Directory.CreateDirectory(staging);
            WriteBooks(staging, options, progress);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write the corpus to '{directory}': {e.Message}");
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is IOException or UnauthorizedAccessException))
        {
            throw new InputException($"cannot write the corpus to '{directory}': {e.InnerExceptions[0].Message}");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void WriteBooks(string directory, SyntheticCorpusOptions options, IProgress<string>? progress)
    {
        (string[] lexicon, DiscreteSampler global) = Language(options);
        int[] sizes = options.BookSizes();
        var manifest = new StringBuilder();
        manifest.Append(CultureInfo.InvariantCulture, $"# ParallelLab synthetic corpus, generator v{SyntheticCorpusOptions.GeneratorVersion}, seed {options.Seed}\n");

        // Books are independent, so they are generated in parallel; each has its own sub-stream,
        // so the bytes do not depend on the order in which they finish.
        var entries = new string[sizes.Length];
        Parallel.For(0, sizes.Length, index =>
        {
            byte[] text = Utf8NoBom.GetBytes(GenerateBook(options, index, lexicon, global, sizes[index]));
            File.WriteAllBytes(Path.Combine(directory, BookFileName(index)), text);
            entries[index] = CorpusManifest.Entry(BookFileName(index), text);
            progress?.Report(BookFileName(index));
        });

        foreach (string entry in entries)
        {
            manifest.Append(entry).Append('\n');
        }

        File.WriteAllText(Path.Combine(directory, ManifestName), manifest.ToString(), Utf8NoBom);
    }

    /// <summary>What every book shares: the lexicon (from the seed's first sub-stream) and the word law.</summary>
    private static (string[] Lexicon, DiscreteSampler Global) Language(SyntheticCorpusOptions options) =>
        (PseudoWordLexicon.Create(options.LexiconSize, new SeededRandom(options.Seed).Fork(0)),
         DiscreteSampler.ZipfMandelbrot(options.LexiconSize, options.ZipfExponent, options.ZipfOffset));

    private static string GenerateBook(SyntheticCorpusOptions options, int index, string[] lexicon, DiscreteSampler global, int targetBytes)
    {
        var random = new SeededRandom(options.Seed).Fork((ulong)index + 1);

        // Most Gutenberg files start with a BOM and some use typographic quotes; so do ours.
        bool byteOrderMark = index % 8 != 3;
        bool typographicQuotes = index % 5 == 0;
        return new SyntheticBookWriter(lexicon, global, random, typographicQuotes).Write(targetBytes, byteOrderMark);
    }
}
