using System.Text;
using ParallelLab.Core.Corpus;
using ParallelLab.Core.Text;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Tests;

/// <summary>A few small synthetic books, made once per test run, and workloads built from them.</summary>
internal static class SmallCorpus
{
    private static readonly SyntheticCorpusOptions Options = SyntheticCorpusOptions.Default with
    {
        BookCount = 7,
        SmallestBookBytes = 5_000,
        LargestBookBytes = 120_000,
    };

    private static readonly Lazy<(string[] Names, byte[][] Books)> Generated = new(() =>
    {
        string[] names = Enumerable.Range(0, Options.BookCount).Select(i => Path.GetFileNameWithoutExtension(SyntheticCorpus.BookFileName(i))).ToArray();
        byte[][] books = Enumerable.Range(0, Options.BookCount).Select(i => new UTF8Encoding(false).GetBytes(SyntheticCorpus.GenerateBook(Options, i))).ToArray();
        return (names, books);
    });

    public static IReadOnlyList<string> Names => Generated.Value.Names;

    public static IReadOnlyList<byte[]> Books => Generated.Value.Books;

    public static IReadOnlyDictionary<string, byte[]> BooksByName => Names.Zip(Books).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    public static WordCountWorkload WordCount => new(Books, Names);

    public static TokenizedBook LargestBook
    {
        get
        {
            int largest = Books.Select((b, i) => (b.Length, i)).Max().i;
            return Tokenizer.TokenizeUtf8(Books[largest], Names[largest]);
        }
    }
}
