using MathNet.Numerics;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Reporting.Fits;

/// <summary>
/// Zipf's law f(r) = C · r^(−s), fitted as a straight line log f = log C − s log r by least squares
/// (MathNet's Fit.Line) over the most frequent words: the tail of words seen once or twice is flat
/// by construction and would bend the line. A descriptive slope for the lesson's picture, not an
/// estimator of a power-law exponent (for that, see Clauset et al.).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Zipf, George Kingsley. Human Behavior and the Principle of Least Effort. Cambridge, MA: Addison-Wesley, 1949.</item>
/// <item>Clauset, Aaron, Cosma Rohilla Shalizi, and M. E. J. Newman. "Power-law distributions in empirical
/// data." SIAM Review 51, no. 4 (2009): 661–703. https://doi.org/10.1137/070710111</item>
/// </list>
/// </remarks>
public sealed record ZipfFit(double Exponent, double Scale, int Ranks)
{
    public const int DefaultRanks = 1000;

    public double Frequency(double rank) => Scale * Math.Pow(rank, -Exponent);

    public static ZipfFit Of(IReadOnlyList<WordCountEntry> table, int ranks = DefaultRanks)
    {
        ArgumentNullException.ThrowIfNull(table);
        int used = Math.Min(ranks, table.Count);
        if (used < 2)
        {
            throw new ArgumentException("a Zipf fit needs at least two distinct words", nameof(table));
        }

        double[] logRank = [.. Enumerable.Range(1, used).Select(r => Math.Log(r))];
        double[] logCount = [.. table.Take(used).Select(e => Math.Log(e.Count))];
        (double intercept, double slope) = Fit.Line(logRank, logCount);
        return new ZipfFit(-slope, Math.Exp(intercept), used);
    }
}
