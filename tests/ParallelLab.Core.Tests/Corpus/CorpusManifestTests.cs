using ParallelLab.Core.Corpus;
using ParallelLab.TestSupport;

namespace ParallelLab.Core.Tests.Corpus;

/// <summary>A cached corpus is used only while its books are the bytes its manifest lists; otherwise it is made again.</summary>
public sealed class CorpusManifestTests : IDisposable
{
    private static readonly SyntheticCorpusOptions Small = SyntheticCorpusOptions.Default with { BookCount = 4, SmallestBookBytes = 2_000, LargestBookBytes = 8_000 };

    private readonly TemporaryDirectory _cache = new();

    public void Dispose() => _cache.Dispose();

    private string Corpus => _cache.File("corpus");

    [Fact]
    public void A_fresh_corpus_is_intact()
    {
        SyntheticCorpus.Generate(Corpus, Small);

        Assert.Null(CorpusManifest.Problem(Corpus, hashes: true));
    }

    [Theory]
    [InlineData("truncated", "book02.txt has 100 bytes, not")]
    [InlineData("deleted", "book02.txt is missing")]
    [InlineData("added", "book99.txt is not one of its books")]
    [InlineData("edited", "book02.txt has other contents than it was made with")]
    public void A_damaged_corpus_is_named_and_made_again(string damage, string problem)
    {
        SyntheticCorpus.Generate(Corpus, Small);
        byte[] original = File.ReadAllBytes(Path.Combine(Corpus, "book02.txt"));
        string book = Path.Combine(Corpus, "book02.txt");
        switch (damage)
        {
            case "truncated": File.WriteAllBytes(book, original[..100]); break;
            case "deleted": File.Delete(book); break;
            case "added": File.WriteAllText(Path.Combine(Corpus, "book99.txt"), "stray"); break;
            default: File.WriteAllBytes(book, [.. original[..^1], (byte)'x']); break;
        }

        Assert.StartsWith(problem, CorpusManifest.Problem(Corpus, hashes: true), StringComparison.Ordinal);

        var notes = new List<string>();
        CorpusLocator.EnsureIntact(Corpus, Small, new Progress(notes), hashes: true);

        Assert.Null(CorpusManifest.Problem(Corpus, hashes: true));
        Assert.Equal(original, File.ReadAllBytes(book));
        Assert.Contains(notes, n => n.Contains("is damaged", StringComparison.Ordinal) && n.Contains(problem, StringComparison.Ordinal));
    }

    /// <summary>Records synchronously (System.Progress posts to the thread pool).</summary>
    private sealed class Progress(List<string> notes) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (notes)
            {
                notes.Add(value);
            }
        }
    }
}
