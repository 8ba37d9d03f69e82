namespace ParallelLab.Core.Corpus;

/// <summary>
/// The shape of the built-in corpus, after the lesson's 61 Gutenberg books: 64 books from about
/// 20 KB to 2.5 MB, about 30 MB in all, a Zipf–Mandelbrot word law (s ≈ 1.15, q ≈ 2.7, close to
/// Mandelbrot's fit for English) over a 40 000-word lexicon.
/// </summary>
public sealed record SyntheticCorpusOptions
{
    /// <summary>The seed of the built-in corpus.</summary>
    public const ulong DefaultSeed = 20_260_101;

    public ulong Seed { get; init; } = DefaultSeed;

    public int BookCount { get; init; } = 64;

    public int SmallestBookBytes { get; init; } = 20_000;

    public int LargestBookBytes { get; init; } = 2_500_000;

    /// <summary>
    /// Sizes are log-spaced from smallest to largest, bent by this power so that the total is
    /// about 30 MB for the defaults (γ = 1 would give 33.6 MB).
    /// </summary>
    public double SizeSkew { get; init; } = 1.15;

    public int LexiconSize { get; init; } = 40_000;

    public double ZipfExponent { get; init; } = 1.15;

    public double ZipfOffset { get; init; } = 2.7;

    /// <summary>Changed whenever the generator's output changes, so cached corpora are not reused across versions.</summary>
    public static int GeneratorVersion => 1;

    public static SyntheticCorpusOptions Default { get; } = new();

    /// <summary>Target size of every book, in book order.</summary>
    public int[] BookSizes()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BookCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(SmallestBookBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(LargestBookBytes, SmallestBookBytes);
        var sizes = new int[BookCount];
        double ratio = (double)LargestBookBytes / SmallestBookBytes;
        for (int k = 0; k < BookCount; k++)
        {
            double u = BookCount == 1 ? 1 : (double)k / (BookCount - 1);
            sizes[k] = (int)Math.Round(SmallestBookBytes * Math.Pow(ratio, Math.Pow(u, SizeSkew)));
        }

        // Shuffle (Fisher–Yates) so that book names do not sort by size.
        var random = new SeededRandom(Seed ^ 0x5A5A5A5AUL);
        for (int i = sizes.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (sizes[i], sizes[j]) = (sizes[j], sizes[i]);
        }

        return sizes;
    }
}
