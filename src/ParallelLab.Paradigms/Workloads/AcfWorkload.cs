using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Text;

namespace ParallelLab.Paradigms.Workloads;

/// <summary>
/// The lesson's ACF job: the average autocorrelation of a book's top words over a number of
/// lags, with a chosen kernel. It can be cut two ways, by word (one row per word) or by lag
/// (a block of lags for every word); either way the pieces are reassembled into rows in word
/// order and averaged row after row, so every engine's result equals <see cref="Serial"/> bit for bit
/// (docs/reference-quirks.md §16, §18).
/// </summary>
public sealed class AcfWorkload
{
    public AcfWorkload(TokenizedBook book, IReadOnlyList<int> words, int timesteps, AcfKernel kernel)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentOutOfRangeException.ThrowIfZero(words.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(timesteps);
        Book = book;
        Words = words;
        Timesteps = timesteps;
        Kernel = kernel;
    }

    public TokenizedBook Book { get; }

    public IReadOnlyList<int> Words { get; }

    public int Timesteps { get; }

    public AcfKernel Kernel { get; }

    /// <summary>The book's top <paramref name="wordCount"/> words (the .dat order) with the given kernel.</summary>
    public static AcfWorkload TopWords(TokenizedBook book, AcfKernel kernel, int wordCount = 16, int timesteps = 100) =>
        new(book, Core.Autocorrelation.TopWords.MostFrequent(book, wordCount), timesteps, kernel);

    public double[] Serial() => AcfAverage.Compute(Kernel, Book, Words, Timesteps);

    /// <summary>The ACF row of word number <paramref name="wordIndex"/> (an index into <see cref="Words"/>).</summary>
    public double[] WordRow(int wordIndex, Action? checkpoint = null) => Kernel.WordAcf(Book, Words[wordIndex], Timesteps, checkpoint);

    /// <summary>Lags [lags.Start, lags.End) of every word: <c>result[word][lag - lags.Start]</c>.</summary>
    public double[][] LagBlock(Range lags, Action? checkpoint = null)
    {
        (int first, int count) = lags.GetOffsetAndLength(Timesteps);
        var block = new double[Words.Count][];
        for (int w = 0; w < Words.Count; w++)
        {
            block[w] = new double[count];
            Kernel.WordAcf(Book, Words[w], first, block[w], checkpoint);
        }

        return block;
    }

    /// <summary>The average of full rows given in word order.</summary>
    public double[] Average(IReadOnlyList<double[]> rowsInWordOrder)
    {
        ArgumentNullException.ThrowIfNull(rowsInWordOrder);
        if (rowsInWordOrder.Count != Words.Count)
        {
            throw new ArgumentException($"expected {Words.Count} rows, one per word, got {rowsInWordOrder.Count}", nameof(rowsInWordOrder));
        }

        return AcfAverage.OfRows(rowsInWordOrder);
    }

    /// <summary>Reassembles lag blocks (in lag order) into rows, then averages them.</summary>
    public double[] AverageLagBlocks(IReadOnlyList<(Range Lags, double[][] Block)> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var rows = new double[Words.Count][];
        for (int w = 0; w < rows.Length; w++)
        {
            rows[w] = new double[Timesteps];
        }

        foreach ((Range lags, double[][] block) in blocks)
        {
            int first = lags.GetOffsetAndLength(Timesteps).Offset;
            for (int w = 0; w < rows.Length; w++)
            {
                block[w].CopyTo(rows[w], first);
            }
        }

        return AcfAverage.OfRows(rows);
    }
}
