using Perfolizer.Mathematics.Cpd;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.History;

/// <summary>
/// A confirmed step in a series: the first point of the new segment (<see cref="Index"/>), the
/// range where that first point may lie (<see cref="FirstPossible"/> to <see cref="LastPossible"/>,
/// a 95 % likelihood set), the medians of the segments on either side, their ratio, and the
/// Mann–Whitney p-value that confirmed it.
/// </summary>
public sealed record ChangePoint(int Index, int FirstPossible, int LastPossible, double Before, double After, double PValue)
{
    public double Ratio => After / Before;
}

/// <summary>
/// Steps in a series of positive values (a case's median per commit, a group's efficiency per
/// commit), found in three moves:
/// <list type="number">
/// <item>candidates: ED-PELT (Perfolizer's <c>EdPeltChangePointDetector</c>) on the logarithms,
/// so that a step is a ratio wherever the series lies, and the least-squares split of each segment
/// that remains (binary segmentation), for the steps ED-PELT places badly;</item>
/// <item>confirmation: each candidate is judged by <c>compare</c>'s rules on the points of its two
/// neighbouring segments (<see cref="ChangePointOptions"/>); the weakest failing candidate is
/// dropped, its segments merge, and the rest are judged again, until all pass;</item>
/// <item>placement: each step moves to the split of its two segments with the least squared error
/// (Hinkley's maximum-likelihood change point), and the range of splits whose likelihood ratio
/// against it stays within the χ² 95 % bound (3.84) is where the change may have happened.</item>
/// </list>
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Haynes, Kaylea, Paul Fearnhead, and Idris A. Eckley. "A computationally efficient nonparametric approach
/// for changepoint detection." Statistics and Computing 27, no. 5 (2017): 1293–1305. https://doi.org/10.1007/s11222-016-9687-5</item>
/// <item>Killick, Rebecca, Paul Fearnhead, and Idris A. Eckley. "Optimal detection of changepoints with a linear
/// computational cost." Journal of the American Statistical Association 107, no. 500 (2012): 1590–1598.
/// https://doi.org/10.1080/01621459.2012.737745</item>
/// <item>Hinkley, David V. "Inference about the change-point in a sequence of random variables." Biometrika 57,
/// no. 1 (1970): 1–17. https://doi.org/10.1093/biomet/57.1.1</item>
/// </list>
/// </remarks>
public static class ChangePoints
{
    /// <summary>The 95 % point of χ² with one degree of freedom: the likelihood-ratio bound of a change point's range.</summary>
    private const double LikelihoodBound = 3.841458820694124;

    /// <summary>
    /// The confirmed steps of <paramref name="values"/>, in order. <paramref name="absoluteFloor"/>
    /// is the smallest difference of medians that counts (the noise floor for times; 0 for ratios).
    /// </summary>
    public static IReadOnlyList<ChangePoint> Find(IReadOnlyList<double> values, ChangePointOptions options, double absoluteFloor)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        if (values.Any(v => !(v > 0) || !double.IsFinite(v)))
        {
            throw new ArgumentException("a series for change points must hold positive, finite values", nameof(values));
        }

        int distance = Math.Max(1, options.MinimumDistance);
        if (values.Count < 2 * distance)
        {
            return [];
        }

        double[] logs = [.. values.Select(v => Math.Log(v))];
        // ED-PELT gives the last index of each segment but the final one.
        List<int> starts = [.. EdPeltChangePointDetector.Instance.GetChangePointIndexes(logs, distance).Select(i => i + 1)];
        Confirm(values, starts, options, absoluteFloor);
        AddMissed(values, logs, starts, options, absoluteFloor, distance);
        var found = new List<ChangePoint>();
        for (int k = 0; k < starts.Count; k++)
        {
            int from = k == 0 ? 0 : starts[k - 1];
            int to = k + 1 < starts.Count ? starts[k + 1] : values.Count;
            (int best, int first, int last) = Place(logs, from, to, distance);
            starts[k] = best;
            found.Add(Judge(values, from, best, to) with { FirstPossible = first, LastPossible = last });
        }

        return found;
    }

    /// <summary>Drops the weakest candidate that fails the rules until every one passes.</summary>
    private static void Confirm(IReadOnlyList<double> values, List<int> starts, ChangePointOptions options, double absoluteFloor)
    {
        while (true)
        {
            int weakest = -1;
            double weakestScore = double.NegativeInfinity;
            for (int k = 0; k < starts.Count; k++)
            {
                ChangePoint c = Judge(values, k == 0 ? 0 : starts[k - 1], starts[k], k + 1 < starts.Count ? starts[k + 1] : values.Count);
                bool large = Large(c, options, absoluteFloor);
                if (c.PValue < options.Alpha && large)
                {
                    continue;
                }

                // Too small a step goes before a doubtful one; among equals, the least significant.
                double score = (large ? 0 : 2) + c.PValue;
                if (score > weakestScore)
                {
                    (weakest, weakestScore) = (k, score);
                }
            }

            if (weakest < 0)
            {
                return;
            }

            starts.RemoveAt(weakest);
        }
    }

    /// <summary>
    /// Binary segmentation after ED-PELT: the least-squares split of each segment, kept when it
    /// passes the same rules. ED-PELT's cost is built from quantiles, and with ties or a short last
    /// segment it can propose splits beside an obvious step (a 50 % step three commits from the end
    /// was proposed at 9 and 14 of 20); this finds such a step without lowering the bar.
    /// </summary>
    private static void AddMissed(IReadOnlyList<double> values, double[] logs, List<int> starts, ChangePointOptions options, double absoluteFloor, int distance)
    {
        for (bool added = true; added;)
        {
            added = false;
            int[] bounds = [0, .. starts, values.Count];
            for (int k = 0; k + 1 < bounds.Length && !added; k++)
            {
                (int from, int to) = (bounds[k], bounds[k + 1]);
                if (to - from < 2 * distance)
                {
                    continue;
                }

                int split = Place(logs, from, to, distance).Best;
                if (Passes(Judge(values, from, split, to), options, absoluteFloor))
                {
                    starts.Insert(k, split);
                    added = true;
                }
            }
        }
    }

    private static bool Passes(ChangePoint c, ChangePointOptions options, double absoluteFloor) =>
        c.PValue < options.Alpha && Large(c, options, absoluteFloor);

    private static bool Large(ChangePoint c, ChangePointOptions options, double absoluteFloor) =>
        Math.Abs(c.Ratio - 1) > options.Threshold && Math.Abs(c.After - c.Before) > absoluteFloor;

    private static ChangePoint Judge(IReadOnlyList<double> values, int from, int start, int to)
    {
        double[] before = [.. values.Skip(from).Take(start - from)];
        double[] after = [.. values.Skip(start).Take(to - start)];
        double p = MannWhitneyTest.Instance.GetPValue(new Sample(before), new Sample(after), AlternativeHypothesis.TwoSides, Threshold.Zero).Value;
        return new ChangePoint(start, start, start, Samples.Median(before), Samples.Median(after), p);
    }

    /// <summary>The least-squares split of [from, to) with both parts at least <paramref name="distance"/> long, and the range of splits within the likelihood bound.</summary>
    private static (int Best, int First, int Last) Place(double[] logs, int from, int to, int distance)
    {
        int lowest = from + distance;
        int highest = to - distance;
        var cost = new Dictionary<int, double>();
        for (int split = lowest; split <= highest; split++)
        {
            cost[split] = SquaredError(logs, from, split) + SquaredError(logs, split, to);
        }

        int best = cost.MinBy(c => c.Value).Key;
        int n = to - from;
        // Gaussian segments of one unknown variance: twice the log-likelihood ratio is n·ln(RSS(s)/RSS(best)).
        double floor = Math.Max(cost[best], 1e-12 * n);
        int[] plausible = [.. cost.Where(c => n * Math.Log(Math.Max(c.Value, floor) / floor) <= LikelihoodBound).Select(c => c.Key)];
        return (best, plausible.Min(), plausible.Max());
    }

    private static double SquaredError(double[] values, int from, int to)
    {
        double mean = 0;
        for (int i = from; i < to; i++)
        {
            mean += values[i];
        }

        mean /= to - from;
        double sum = 0;
        for (int i = from; i < to; i++)
        {
            sum += (values[i] - mean) * (values[i] - mean);
        }

        return sum;
    }
}
