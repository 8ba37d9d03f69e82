using System.Security.Cryptography;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Core.IO;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Tests.Corpus;

public class SyntheticCorpusTests(GeneratedCorpusFixture generated) : IClassFixture<GeneratedCorpusFixture>
{
    [Fact]
    public void Has_64_books_from_20_kB_to_2_5_MB_and_about_30_MB_in_all()
    {
        BookCorpus corpus = generated.Corpus;

        Assert.Equal(64, corpus.Books.Count);
        Assert.InRange(corpus.Books.Min(b => b.Bytes), 20_000, 25_000);
        Assert.InRange(corpus.Largest.Bytes, 2_500_000, 2_510_000);
        Assert.InRange(corpus.TotalBytes, 28_000_000, 32_000_000);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        string again = Path.Combine(generated.TemporaryRoot, "again");
        SyntheticCorpus.Generate(again, SyntheticCorpusOptions.Default);

        Assert.Equal(Fingerprint(generated.Directory), Fingerprint(again));
    }

    [Fact]
    public void A_single_book_can_be_regenerated_alone()
    {
        string expected = BookDecoder.ReadBook(Path.Combine(generated.Directory, SyntheticCorpus.BookFileName(4)));

        Assert.Equal(expected, SyntheticCorpus.GenerateBook(SyntheticCorpusOptions.Default, 4));
    }

    [Fact]
    public void Another_seed_gives_another_book()
    {
        string book = SyntheticCorpus.GenerateBook(SyntheticCorpusOptions.Default, 4);

        Assert.NotEqual(book, SyntheticCorpus.GenerateBook(SyntheticCorpusOptions.Default with { Seed = 7 }, 4));
    }

    [Fact]
    public void Most_books_start_with_a_byte_order_mark_as_gutenberg_files_do()
    {
        int withBom = generated.Corpus.Books.Count(b => File.ReadAllBytes(b.Path).AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]));

        Assert.InRange(withBom, 48, 63);
    }

    [Fact]
    public void Word_frequencies_follow_a_zipf_law()
    {
        TokenizedBook book = Load(generated.Corpus.Largest);
        WordCountEntry[] table = WordCountTable.FromBook(book);

        // Least-squares slope of log(count) against log(rank) over ranks 1..1000: Zipf's law says about −1.
        double[] x = Enumerable.Range(1, 1000).Select(r => Math.Log(r)).ToArray();
        double[] y = table.Take(1000).Select(e => Math.Log(e.Count)).ToArray();
        double slope = MathSlope(x, y);

        Assert.InRange(slope, -1.4, -0.8);
    }

    [Fact]
    public void Top_word_autocorrelation_decays_with_lag()
    {
        TokenizedBook book = Load(generated.Corpus.Largest);
        double[] acf = AcfAverage.Compute(FastAcfKernel.Instance, book, TopWords.MostFrequent(book, 16), 100);

        double shortLags = acf[2..11].Average();
        double longLags = acf[90..100].Average();

        Assert.True(shortLags > 1.1 * longLags, $"ACF is flat: lags 2-10 average {shortLags}, lags 90-99 average {longLags}");
    }

    [Fact]
    public void Generating_into_a_non_empty_directory_is_refused()
    {
        var e = Assert.Throws<InputException>(() => SyntheticCorpus.Generate(generated.Directory, SyntheticCorpusOptions.Default));

        Assert.Contains("not empty", e.Message, StringComparison.Ordinal);
    }

    private static TokenizedBook Load(BookFile book) => Tokenizer.Tokenize(BookDecoder.ReadBook(book.Path), book.Name);

    private static string Fingerprint(string directory) =>
        string.Join('\n', System.IO.Directory.GetFiles(directory).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetFileName(f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}"));

    private static double MathSlope(double[] x, double[] y)
    {
        double mx = x.Average();
        double my = y.Average();
        double covariance = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        double variance = x.Sum(a => (a - mx) * (a - mx));
        return covariance / variance;
    }
}
