using ParallelLab.Core.Text;

namespace ParallelLab.Core.Autocorrelation;

/// <summary>
/// <c>np.average(acf, axis=0)</c> over the per-word rows. NumPy reduces axis 0 of a C-ordered
/// array row after row, (((w0 + w1) + w2) + …), then divides by the row count (docs/reference-quirks.md §16); a
/// pairwise or vectorised sum would differ in the last bit, so every engine must combine its
/// rows through <see cref="Accumulate"/> in word order.
/// </summary>
public static class AcfAverage
{
    public static double[] Compute(AcfKernel kernel, TokenizedBook book, IReadOnlyList<int> wordIds, int timesteps)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(wordIds);
        var rows = new double[wordIds.Count][];
        for (int w = 0; w < rows.Length; w++)
        {
            rows[w] = kernel.WordAcf(book, wordIds[w], timesteps);
        }

        return OfRows(rows);
    }

    /// <summary>The average of rows given in word order.</summary>
    public static double[] OfRows(IReadOnlyList<double[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("cannot average zero ACF rows", nameof(rows));
        }

        var sum = new double[rows[0].Length];
        foreach (double[] row in rows)
        {
            Accumulate(sum, row);
        }

        return Divide(sum, rows.Count);
    }

    /// <summary>sum[t] += row[t], the one step of the row-after-row reduction.</summary>
    public static void Accumulate(Span<double> sum, ReadOnlySpan<double> row)
    {
        if (sum.Length != row.Length)
        {
            throw new ArgumentException("ACF rows must have the same number of timesteps", nameof(row));
        }

        for (int t = 0; t < sum.Length; t++)
        {
            sum[t] += row[t];
        }
    }

    public static double[] Divide(ReadOnlySpan<double> sum, int rowCount)
    {
        var average = new double[sum.Length];
        for (int t = 0; t < sum.Length; t++)
        {
            average[t] = sum[t] / rowCount;
        }

        return average;
    }
}
