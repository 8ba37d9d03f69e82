using ParallelLab.Core.Text;

namespace ParallelLab.Core.Autocorrelation;

/// <summary>
/// A word-autocorrelation kernel: for one word w of a tokenised text of N words,
/// <c>acf[t] = (Σ_{i=1}^{N-t-1} [x_i = w]·[x_{i+t} = w]) / count(w)</c> (docs/reference-quirks.md §14: the sum starts
/// at i = 1 but the count includes position 0). Implementations differ in cost, never in result:
/// both count pairs exactly as integers and divide once, so they agree bit for bit.
/// </summary>
public abstract class AcfKernel
{
    public abstract string Name { get; }

    /// <summary>The name, as command lines spell it (and their help shows a default).</summary>
    public override string ToString() => Name;

    /// <summary>
    /// Writes <c>acf[firstLag + k]</c> into <c>acf[k]</c> for every k of <paramref name="acf"/>,
    /// so a caller may split one word's lags across workers.
    /// </summary>
    /// <param name="checkpoint">
    /// Called now and then (after each lag, or each block of occurrences) at a point where the
    /// kernel holds no shared state: where an interpreter-style global lock may be handed over.
    /// </param>
    public void WordAcf(TokenizedBook book, int wordId, int firstLag, Span<double> acf, Action? checkpoint = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentOutOfRangeException.ThrowIfNegative(firstLag);
        ArgumentOutOfRangeException.ThrowIfNegative(wordId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(wordId, book.VocabularySize);
        Span<long> pairs = acf.Length <= 512 ? stackalloc long[acf.Length] : new long[acf.Length];
        pairs.Clear();
        CountPairs(book, wordId, firstLag, pairs, checkpoint);

        // numpy: acf[t] /= nwords_chosen, one float64 division of an exact integer.
        double occurrences = book.Counts[wordId];
        for (int k = 0; k < acf.Length; k++)
        {
            acf[k] = pairs[k] / occurrences;
        }
    }

    public double[] WordAcf(TokenizedBook book, int wordId, int timesteps, Action? checkpoint = null)
    {
        var acf = new double[timesteps];
        WordAcf(book, wordId, 0, acf, checkpoint);
        return acf;
    }

    /// <summary>Adds to <c>pairs[k]</c> the number of i ≥ 1 with x_i = x_{i+firstLag+k} = word.</summary>
    protected abstract void CountPairs(TokenizedBook book, int wordId, int firstLag, Span<long> pairs, Action? checkpoint);
}
