using MathNet.Numerics;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Reporting.Fits;

/// <summary>
/// Zipf's law f(r) = C · r^(−s), fitted as a straight line log f = log C − s log r by least squares
/// (MathNet's Fit.Line) over the most frequent words: the tail of words seen once or twice is flat
/// by construction and would bend the line.
/// </summary>
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
