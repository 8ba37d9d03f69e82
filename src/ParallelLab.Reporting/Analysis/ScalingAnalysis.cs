using ParallelLab.Reporting.Fits;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// Everything the report says about one scaling group: the points, the fitted laws (on the points
/// that fit on the cores: beyond them workers share cores, which no law here models), the
/// recommended worker count, and the verdict.
/// </summary>
public sealed class ScalingAnalysis
{
    /// <summary>The efficiency a worker count must keep to be recommended.</summary>
    public const double RecommendedEfficiency = 0.7;

    /// <summary>Below this efficiency a case "parallelises badly"; between it and <see cref="RecommendedEfficiency"/> it "scales partly".</summary>
    public const double FairEfficiency = 0.5;

    /// <summary>A speedup within this of 1 at every worker count is "no speedup".</summary>
    public const double FlatTolerance = 0.1;

    private ScalingAnalysis(ScalingGroup group, IReadOnlyList<ScalingPoint> points, IReadOnlyList<ScalingFit> fits, int cores)
    {
        Group = group;
        Points = points;
        Fits = fits;
        BestFit = ScalingFits.Best(fits);
        Cores = cores;
        RecommendedWorkers = points.Where(p => p.Efficiency >= RecommendedEfficiency).Select(p => p.Workers).DefaultIfEmpty(1).Max();
        (Verdict, VerdictText) = Judge(points);
    }

    public ScalingGroup Group { get; }

    public IReadOnlyList<ScalingPoint> Points { get; }

    public IReadOnlyList<ScalingFit> Fits { get; }

    public ScalingFit? BestFit { get; }

    public int Cores { get; }

    /// <summary>The largest measured worker count whose efficiency is at least <see cref="RecommendedEfficiency"/>.</summary>
    public int RecommendedWorkers { get; }

    public ScalingVerdict Verdict { get; }

    public string VerdictText { get; }

    /// <summary>The analysis of a group, or null when it has no one-worker point to measure speedup against.</summary>
    /// <param name="cores">Logical cores of the machine; 0 when unknown (then no point counts as oversubscribed).</param>
    public static ScalingAnalysis? Of(ScalingGroup group, int cores)
    {
        ArgumentNullException.ThrowIfNull(group);
        var single = group.Points.FirstOrDefault(p => p.Workers == 1);
        if (single.Result is null)
        {
            return null;
        }

        IReadOnlyList<double> baseline = single.Result.Nanoseconds;
        double baselineMean = baseline.Average();
        var points = new List<ScalingPoint>();
        foreach ((int workers, var result) in group.Points)
        {
            double mean = result.Nanoseconds.Average();
            // The one-worker point is the reference itself: exactly 1, no interval.
            (double low, double high) = ReferenceEquals(result, single.Result) ? (1, 1) : RatioInterval.Of(baseline, result.Nanoseconds);
            points.Add(new ScalingPoint(workers, mean, baselineMean / mean, low, high, cores > 0 && workers > cores));
        }

        var onCores = points.Where(p => !p.Oversubscribed).Select(p => ((double)p.Workers, p.Speedup)).ToArray();
        return new ScalingAnalysis(group, points, ScalingFits.FitAll(onCores), cores);
    }

    private static (ScalingVerdict, string) Judge(IReadOnlyList<ScalingPoint> points)
    {
        ScalingPoint[] parallel = [.. points.Where(p => p.Workers > 1 && !p.Oversubscribed)];
        if (parallel.Length == 0)
        {
            parallel = [.. points.Where(p => p.Workers > 1)];
        }

        if (parallel.All(p => Math.Abs(p.Speedup - 1) < FlatTolerance))
        {
            return (ScalingVerdict.Flat, "no parallel path: the speedup stays within 10 % of 1 at every worker count");
        }

        ScalingPoint top = parallel[^1];
        if (top.SpeedupLow <= 1 && top.SpeedupHigh >= 1)
        {
            return (ScalingVerdict.Unclear, $"too noisy to tell: {Format.Number(top.Speedup)}× at {top.Workers} workers, but the 95 % interval includes 1");
        }

        string at = $"{Format.Number(top.Efficiency)} at {top.Workers} workers";
        return top.Efficiency switch
        {
            >= RecommendedEfficiency => (ScalingVerdict.Good, $"scales: efficiency {at}"),
            >= FairEfficiency => (ScalingVerdict.Fair, $"scales partly: efficiency {at}"),
            _ when top.Speedup < 1 => (ScalingVerdict.Poor, $"parallelises badly: slower than one worker ({Format.Number(top.Speedup)}× at {top.Workers})"),
            _ => (ScalingVerdict.Poor, $"parallelises badly: efficiency {at}"),
        };
    }
}
