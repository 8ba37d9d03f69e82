using System.Globalization;
using System.Text;

namespace ParallelLab.Reporting.Compare;

/// <summary>
/// A comparison as GitHub-flavoured Markdown, for a CI job's summary (<c>$GITHUB_STEP_SUMMARY</c>)
/// or a pull request's comment: the verdict first, then the cases that changed, the scaling groups
/// that dropped, and the counts. Cases that did not change are counted, not listed.
/// </summary>
public static class ComparisonMarkdown
{
    public static string Of(ResultComparison comparison, string title)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"### {title}\n\n");
        int Count(ComparisonVerdict v) => comparison.Cases.Count(c => c.Verdict == v);
        page.Append(comparison.HasRegression
            ? $"**Regression**: {Count(ComparisonVerdict.Slower)} slower, {Count(ComparisonVerdict.Failed)} failed, {comparison.Scaling.Count(s => s.Dropped)} scaling group(s) dropped.\n\n"
            : NoRegression(comparison));
        foreach ((ComparisonVerdict verdict, string heading) in new[] { (ComparisonVerdict.Slower, "Slower"), (ComparisonVerdict.Failed, "Failed"), (ComparisonVerdict.Faster, "Faster"), (ComparisonVerdict.NotComparable, "Not comparable (measured on a busy machine)") })
        {
            CaseComparison[] cases = [.. comparison.Cases.Where(c => c.Verdict == verdict).OrderByDescending(c => double.IsFinite(c.Ratio) ? Math.Abs(Math.Log(c.Ratio)) : double.MaxValue)];
            if (cases.Length == 0)
            {
                continue;
            }

            page.Append(CultureInfo.InvariantCulture, $"#### {heading} ({cases.Length})\n\n| Case | Base | New | Ratio | p |\n|---|---:|---:|---:|---:|\n");
            foreach (CaseComparison c in cases)
            {
                page.Append(CultureInfo.InvariantCulture, $"| `{Escape(c.Case)}` | {Time(c.BaseMedianNanoseconds)} | {Time(c.NewMedianNanoseconds)} | {Number(c.Ratio, "0.000")}× | {Number(c.PValue, "0.0000")} |\n");
            }

            page.Append('\n');
        }

        ScalingChange[] dropped = [.. comparison.Scaling.Where(s => s.Dropped)];
        if (dropped.Length > 0)
        {
            page.Append(CultureInfo.InvariantCulture, $"#### Scaling dropped ({dropped.Length})\n\n| Group | Workers | Efficiency before | Efficiency now |\n|---|---:|---:|---:|\n");
            foreach (ScalingChange s in dropped)
            {
                page.Append(CultureInfo.InvariantCulture, $"| `{Escape(s.Group)}` | {s.Workers} | {s.BaseEfficiency:0.00} | {s.NewEfficiency:0.00} |\n");
            }

            page.Append('\n');
        }

        page.Append(CultureInfo.InvariantCulture,
            $"{comparison.Cases.Count} cases: {Count(ComparisonVerdict.Slower)} slower, {Count(ComparisonVerdict.Faster)} faster, {Count(ComparisonVerdict.Same)} same, "
            + $"{Count(ComparisonVerdict.BelowNoiseFloor)} below the noise floor, {Count(ComparisonVerdict.TooFewIterations)} with too few iterations, {Count(ComparisonVerdict.Added)} added, "
            + $"{Count(ComparisonVerdict.Removed)} removed, {Count(ComparisonVerdict.Failed)} failed, {Count(ComparisonVerdict.NotComparable)} not comparable; "
            + $"threshold {comparison.Options.Threshold * 100:0.#} %, Mann–Whitney at α = {comparison.Options.Alpha}, noise floor {Format.Time(comparison.Options.NoiseFloorNanoseconds)}.\n");
        return page.ToString();
    }

    /// <summary>"No regression", and as much as the cases that could be judged say.</summary>
    private static string NoRegression(ResultComparison comparison) =>
        comparison.NotJudgedText is { } none ? $"**Not judged**: {none}.\n\n"
        : comparison.PartlyJudgedText is { } part ? $"**No regression** {part}.\n\n"
        : "**No regression.**\n\n";

    private static string Time(double nanoseconds) => double.IsFinite(nanoseconds) ? Format.Time(nanoseconds) : "–";

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "–";

    /// <summary>A pipe would end the table cell; a backtick would end the code span.</summary>
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
}
