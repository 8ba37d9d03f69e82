using System.Text.Json;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Compare;

/// <summary>
/// Two result sets compared case by case, as the .NET performance repository's ResultsComparer
/// does: the ratio of medians, the two-sided Mann–Whitney U test on the raw iterations (Mann and
/// Whitney, 1947; Perfolizer's exact/Edgeworth implementation, the one BenchmarkDotNet uses), a
/// relative threshold and an absolute noise floor. With hundreds of cases some pass a 5 % test by
/// chance alone; on request the p-values are adjusted to control the false discovery rate
/// (Benjamini and Hochberg, 1995) before any verdict, at the price of missing a lone regression
/// when cases have few iterations. Scaling is compared too: a group whose
/// efficiency at its highest worker count dropped beyond the threshold, with non-overlapping
/// intervals, is flagged even when its one-worker time did not change. A case measured while other
/// processes took cores it could use (in either set) is not comparable, never a regression; a
/// scaling group is compared at the most workers that ran on a quiet machine in both sets.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>dotnet/performance, ResultsComparer. https://github.com/dotnet/performance/tree/main/src/tools/ResultsComparer</item>
/// <item>Mann, H. B., and D. R. Whitney. "On a test of whether one of two random variables is stochastically
/// larger than the other." The Annals of Mathematical Statistics 18, no. 1 (1947): 50–60.
/// https://doi.org/10.1214/aoms/1177730491</item>
/// <item>Benjamini, Yoav, and Yosef Hochberg. "Controlling the false discovery rate: a practical and powerful
/// approach to multiple testing." Journal of the Royal Statistical Society, Series B 57, no. 1 (1995):
/// 289–300. https://doi.org/10.1111/j.2517-6161.1995.tb02031.x</item>
/// </list>
/// </remarks>
public sealed class ResultComparison
{
    private ResultComparison(IReadOnlyList<CaseComparison> cases, IReadOnlyList<ScalingChange> scaling, ComparisonOptions options)
    {
        Cases = cases;
        Scaling = scaling;
        Options = options;
        int busy = cases.Count(c => c.Verdict == ComparisonVerdict.NotComparable);
        int few = cases.Count(c => c.Verdict == ComparisonVerdict.TooFewIterations);
        int both = cases.Count(c => c.Verdict is not (ComparisonVerdict.Added or ComparisonVerdict.Removed));
        Coverage = (both, both - busy - few, busy, few);
    }

    public IReadOnlyList<CaseComparison> Cases { get; }

    public IReadOnlyList<ScalingChange> Scaling { get; }

    public ComparisonOptions Options { get; }

    /// <summary>
    /// BenchmarkDotNet filters (<c>*.Type.Method</c>) for the methods with a slower or failed case,
    /// so that a regression can be measured again before it is believed.
    /// </summary>
    public IReadOnlyList<string> RegressedMethodFilters =>
        [.. Cases.Where(c => c.Verdict is ComparisonVerdict.Slower or ComparisonVerdict.Failed).Select(c => "*." + c.Method).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// How many cases were measured in both sets (failed ones included), how many of them the
    /// comparison judged, and why the others could not be: "no regression" means only as much.
    /// </summary>
    public (int MeasuredInBoth, int Judged, int Busy, int TooFewIterations) Coverage { get; }

    /// <summary>When no regression was found and no case could be judged: why ("none of the 3 cases measured in both sets could be (...)"); else null.</summary>
    public string? NotJudgedText
    {
        get
        {
            (int both, int judged, _, _) = Coverage;
            return HasRegression || judged > 0 ? null
                : both == 0 ? "no case was measured in both sets"
                : $"none of the {both} cases measured in both sets could be ({UnjudgedReasons})";
        }
    }

    /// <summary>When no regression was found and only some cases could be judged: how many ("among the 9 cases judged, of 17 ..."); else null.</summary>
    public string? PartlyJudgedText
    {
        get
        {
            (int both, int judged, _, _) = Coverage;
            return HasRegression || judged == 0 || judged == both ? null
                : $"among the {judged} cases judged, of {both} measured in both sets ({UnjudgedReasons} not judged)";
        }
    }

    /// <summary>
    /// The verdict in words, for the CLI's closing line: "yes"; "none" (every case measured in
    /// both sets judged); "none among the 9 cases judged, of 17 ..."; or "not judged: ...".
    /// </summary>
    public string RegressionText =>
        HasRegression ? "yes"
        : NotJudgedText is { } none ? $"not judged: {none}"
        : PartlyJudgedText is { } part ? $"none {part}"
        : "none";

    private string UnjudgedReasons
    {
        get
        {
            (_, _, int busy, int few) = Coverage;
            return string.Join(" and ", new[] { busy > 0 ? $"{busy} measured on a busy machine" : null, few > 0 ? $"{few} with too few iterations" : null }.OfType<string>());
        }
    }

    /// <summary>A case got slower, a case measured before has no measurement now (it failed), or a group's efficiency dropped.</summary>
    public bool HasRegression => Cases.Any(c => c.Verdict is ComparisonVerdict.Slower or ComparisonVerdict.Failed) || Scaling.Any(s => s.Dropped);

    public static ResultComparison Of(ResultSet baseline, ResultSet current, ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(options);
        var before = baseline.Results.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var after = current.Results.ToDictionary(r => r.Key, StringComparer.Ordinal);
        if (!before.Keys.Intersect(after.Keys).Any())
        {
            string Jobs(ResultSet set) => string.Join(", ", set.Results.Select(r => r.JobId).Distinct().Order(StringComparer.Ordinal));
            throw new Core.IO.InputException($"the two result sets have no case in common (jobs: {Jobs(baseline)} against {Jobs(current)}); compare runs of the same benchmarks and job");
        }

        var cases = new List<CaseComparison>();
        foreach (string key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            before.TryGetValue(key, out BenchmarkResult? b);
            after.TryGetValue(key, out BenchmarkResult? a);
            bool measuredBefore = b is { Nanoseconds.Count: > 0 };
            bool measuredAfter = a is { Nanoseconds.Count: > 0 };
            string method = (a ?? b) is { } known ? $"{known.Type}.{known.Method}" : key;
            cases.Add(((measuredBefore, measuredAfter) switch
            {
                (true, true) when (WorkerAxis.Contended(b!) || WorkerAxis.Contended(a!)) && !BeyondTheLoad(b!, a!, options) =>
                    new CaseComparison(key, Samples.Median(b!.Nanoseconds), Samples.Median(a!.Nanoseconds), double.NaN, ComparisonVerdict.NotComparable),
                (true, true) => CompareCase(key, b!.Nanoseconds, a!.Nanoseconds, options),
                (true, false) when a is not null => new CaseComparison(key, Samples.Median(b!.Nanoseconds), double.NaN, double.NaN, ComparisonVerdict.Failed),
                (true, false) => new CaseComparison(key, Samples.Median(b!.Nanoseconds), double.NaN, double.NaN, ComparisonVerdict.Removed),
                (false, true) => new CaseComparison(key, double.NaN, Samples.Median(a!.Nanoseconds), double.NaN, ComparisonVerdict.Added),
                _ => new CaseComparison(key, double.NaN, double.NaN, double.NaN, ComparisonVerdict.Removed),
            }) with { Method = method });
        }

        return new ResultComparison(options.ControlFalseDiscoveryRate ? AdjustForManyTests(cases, options) : cases, CompareScaling(baseline, current, options), options);
    }

    /// <summary>
    /// Whether a change is larger than the load could have made it: a run left <c>f</c> of the
    /// <c>w</c> cores it could use ran at most <c>w / f</c> times slower, so the change without the
    /// load lies between the ratio of medians divided by the new run's factor and multiplied by the
    /// baseline's. A case that is still beyond the threshold at the near end is judged as on a
    /// quiet machine (a start-up ten times slower is a regression whatever else ran); one within
    /// it is not comparable.
    /// </summary>
    private static bool BeyondTheLoad(BenchmarkResult before, BenchmarkResult after, ComparisonOptions options)
    {
        double ratio = Samples.Median(after.Nanoseconds) / Samples.Median(before.Nanoseconds);
        return ratio / SlowdownBound(after) > 1 + options.Threshold || ratio * SlowdownBound(before) < 1 - options.Threshold;
    }

    /// <summary>How many times slower the load could have made the run: the cores it could use over those it was left (1 when quiet).</summary>
    private static double SlowdownBound(BenchmarkResult result)
    {
        if (!WorkerAxis.Contended(result) || result.Load is not { } load)
        {
            return 1;
        }

        // A run left (nearly) nothing could have been slowed down without bound.
        return load.FreeCores <= 0.05 ? double.PositiveInfinity : load.CoresWanted(WorkerAxis.Running(result)) / load.FreeCores;
    }

    /// <summary>
    /// Benjamini–Hochberg step-up: the i-th smallest of m p-values becomes min over j ≥ i of
    /// p₍ⱼ₎·m/j (capped at 1), and the verdicts are judged again on the adjusted values.
    /// </summary>
    internal static List<CaseComparison> AdjustForManyTests(List<CaseComparison> cases, ComparisonOptions options)
    {
        int[] tested = [.. Enumerable.Range(0, cases.Count).Where(i => IsTested(cases[i].Verdict)).OrderBy(i => cases[i].PValue)];
        double running = 1;
        for (int rank = tested.Length; rank >= 1; rank--)
        {
            CaseComparison c = cases[tested[rank - 1]];
            running = Math.Min(running, Math.Min(1, c.PValue * tested.Length / rank));
            cases[tested[rank - 1]] = c with { AdjustedPValue = running, Verdict = Judge(c.BaseMedianNanoseconds, c.NewMedianNanoseconds, running, options) };
        }

        return cases;
    }

    private static bool IsTested(ComparisonVerdict verdict) =>
        verdict is ComparisonVerdict.Same or ComparisonVerdict.Faster or ComparisonVerdict.Slower or ComparisonVerdict.BelowNoiseFloor;

    /// <summary>Same unless significant; then too small in absolute terms, within the threshold, or faster or slower.</summary>
    private static ComparisonVerdict Judge(double baseMedian, double newMedian, double p, ComparisonOptions options)
    {
        double ratio = newMedian / baseMedian;
        return p >= options.Alpha ? ComparisonVerdict.Same
            : Math.Abs(newMedian - baseMedian) < options.NoiseFloorNanoseconds ? ComparisonVerdict.BelowNoiseFloor
            : ratio > 1 + options.Threshold ? ComparisonVerdict.Slower
            : ratio < 1 - options.Threshold ? ComparisonVerdict.Faster
            : ComparisonVerdict.Same;
    }

    internal static CaseComparison CompareCase(string key, IReadOnlyList<double> before, IReadOnlyList<double> after, ComparisonOptions options)
    {
        double baseMedian = Samples.Median(before);
        double newMedian = Samples.Median(after);
        double p = MannWhitneyTest.Instance.GetPValue(new Sample([.. before]), new Sample([.. after]), AlternativeHypothesis.TwoSides, Threshold.Zero).Value;
        ComparisonVerdict verdict = SmallestPossiblePValue(before.Count, after.Count) >= options.Alpha
            ? ComparisonVerdict.TooFewIterations
            : Judge(baseMedian, newMedian, p, options);
        return new CaseComparison(key, baseMedian, newMedian, p, verdict);
    }

    /// <summary>Two-sided exact U test with complete separation: 2 / C(n + m, n). With 3 + 3 iterations that is 0.1.</summary>
    internal static double SmallestPossiblePValue(int n, int m)
    {
        double combinations = 1;
        for (int i = 1; i <= Math.Min(n, m); i++)
        {
            combinations = combinations * (n + m - Math.Min(n, m) + i) / i;
        }

        return Math.Min(1, 2 / combinations);
    }

    private static List<ScalingChange> CompareScaling(ResultSet baseline, ResultSet current, ComparisonOptions options)
    {
        var before = Analyse(baseline);
        var changes = new List<ScalingChange>();
        foreach ((string name, ScalingAnalysis after) in Analyse(current))
        {
            if (!before.TryGetValue(name, out ScalingAnalysis? earlier))
            {
                continue;
            }

            if (earlier.ReferenceContended || after.ReferenceContended)
            {
                continue;
            }

            // Efficiency at one worker is 1 by definition: a group needs a quiet parallel point in both.
            int[] common = [.. Quiet(earlier).Intersect(Quiet(after))];
            if (!common.Any(w => w > 1))
            {
                continue;
            }

            int workers = common.Max();
            ScalingPoint b = earlier.Points.Single(p => p.Workers == workers);
            ScalingPoint a = after.Points.Single(p => p.Workers == workers);
            // Without intervals (one iteration) only the threshold can speak.
            bool separated = !double.IsFinite(a.EfficiencyHigh) || !double.IsFinite(b.EfficiencyLow) || a.EfficiencyHigh < b.EfficiencyLow;
            bool dropped = workers > 1 && a.Efficiency < b.Efficiency * (1 - options.Threshold) && separated;
            changes.Add(new ScalingChange(name, workers, b.Efficiency, a.Efficiency, dropped));
        }

        return changes;
    }

    private static IEnumerable<int> Quiet(ScalingAnalysis analysis) => analysis.Points.Where(p => !p.Contended).Select(p => p.Workers);

    private static Dictionary<string, ScalingAnalysis> Analyse(ResultSet results) =>
        ScalingGroup.From(results.Results)
            .Where(g => !g.MeasuresCost)
            .Select(g => ScalingAnalysis.Of(g, results.Host.LogicalCores))
            .OfType<ScalingAnalysis>()
            .GroupBy(a => a.Group.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The machine-readable summary: options, counts, every case and every scaling change.</summary>
    public string ToJson()
    {
        static double? Finite(double value) => double.IsFinite(value) ? value : null;
        var summary = new
        {
            threshold = Options.Threshold,
            noiseFloorNanoseconds = Options.NoiseFloorNanoseconds,
            alpha = Options.Alpha,
            regression = HasRegression,
            measuredInBoth = Coverage.MeasuredInBoth,
            judged = Coverage.Judged,
            counts = Enum.GetValues<ComparisonVerdict>().ToDictionary(v => v.ToString(), v => Cases.Count(c => c.Verdict == v)),
            cases = Cases.Select(c => new { @case = c.Case, verdict = c.Verdict.ToString(), baseMedianNanoseconds = Finite(c.BaseMedianNanoseconds), newMedianNanoseconds = Finite(c.NewMedianNanoseconds), ratio = Finite(c.Ratio), pValue = Finite(c.PValue), adjustedPValue = Finite(c.AdjustedPValue) }),
            scaling = Scaling.Select(s => new { group = s.Group, workers = s.Workers, baseEfficiency = s.BaseEfficiency, newEfficiency = s.NewEfficiency, dropped = s.Dropped }),
        };
        return JsonSerializer.Serialize(summary, JsonOptions) + "\n";
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}
