using System.Globalization;
using ParallelLab.Core.IO;
using ParallelLab.Reporting;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Compare;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab compare BASE NEW</c>: the regression check for CI. Exit 0 when nothing got
/// slower, 3 when a case is slower beyond the threshold with significance or a group's
/// efficiency dropped (1 and 2 keep their meaning: bad input, bad usage).
/// </summary>
internal static class CompareCommand
{
    public const int RegressionFound = 3;

    public static Command Create(CommandContext context)
    {
        var baseline = new Argument<string>("BASE") { Description = "Baseline results: a *-report-full.json file or a folder of them." };
        var current = new Argument<string>("NEW") { Description = "New results, the same way." };
        var threshold = new Option<double>("--threshold") { Description = "Relative change that counts, as a fraction (0.15 = 15 %; smaller on a quiet machine).", DefaultValueFactory = _ => ComparisonOptions.Default.Threshold };
        var noise = new Option<double>("--noise-floor-ms") { Description = "Absolute change in median below which cases are the same, in milliseconds.", DefaultValueFactory = _ => ComparisonOptions.Default.NoiseFloorNanoseconds / 1e6 };
        var alpha = new Option<double>("--alpha") { Description = "Significance level of the Mann–Whitney test.", DefaultValueFactory = _ => ComparisonOptions.Default.Alpha };
        var fdr = new Option<bool>("--fdr") { Description = "Adjust p-values for the number of cases (Benjamini–Hochberg): fewer false alarms, but a lone regression needs more iterations to show." };
        var title = new Option<string?>("--title") { Description = "The Markdown page's heading (default: \"Benchmarks: NEW against BASE\", by folder name)." };
        var pool = new Option<bool>("--pool-runs") { Description = "Pool several runs of one case within BASE, and within NEW (their iterations together), as an interleaved run (base, new, new, base) leaves them; by default a case's latest run counts." };
        var showSame = new Option<bool>("--show-same") { Description = "Also list the cases that did not change (by default only their count)." };
        var rerun = new Option<string?>("--rerun-filters") { Description = "Write BenchmarkDotNet --filter globs of the methods that regressed to this file, one per line, to measure them again." };
        var json = new Option<string?>("--json") { Description = "Also write the comparison as JSON to this file (atomically)." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the comparison as Markdown to this file, for a CI job's summary or a pull request's comment (atomically)." };
        threshold.Validators.Add(r => { if (r.GetValueOrDefault<double>() is not (>= 0 and < 1)) r.AddError("--threshold must be at least 0 and below 1"); });
        noise.Validators.Add(r => { if (r.GetValueOrDefault<double>() is not (>= 0 and < double.PositiveInfinity)) r.AddError("--noise-floor-ms must be a number, 0 or more"); });
        alpha.Validators.Add(r => { if (r.GetValueOrDefault<double>() is not (> 0 and < 1)) r.AddError("--alpha must be between 0 and 1"); });
        var conventions = new ConventionOptions();
        var command = new Command("compare", "Compare two benchmark result sets case by case (ratio of medians, Mann–Whitney test, threshold, noise floor) and their scaling; exit 3 on a regression.")
        {
            baseline, current, threshold, noise, alpha, fdr, pool, showSame, json, markdown, title, rerun,
        };
        conventions.AddTo(command);
        command.SetAction(parse =>
        {
            int exit = CliApp.Success;
            int guard = context.Guard(() =>
            {
                var options = new ComparisonOptions(parse.GetValue(threshold), parse.GetValue(noise) * 1e6, parse.GetValue(alpha), parse.GetValue(fdr));
                ScalingConventions named = conventions.Read(parse);
                ResultSet before = ResultSet.Load([parse.GetValue(baseline)!], parse.GetValue(pool), named);
                ResultSet after = ResultSet.Load([parse.GetValue(current)!], parse.GetValue(pool), named);
                ConventionOptions.Check(named, [.. before.Results, .. after.Results]);
                CheckOutputs([parse.GetValue(json), parse.GetValue(markdown), parse.GetValue(rerun)], [.. before.Files, .. after.Files]);
                ResultComparison comparison = ResultComparison.Of(before, after, options);
                Print(context.Output, comparison, parse.GetValue(showSame));
                if (parse.GetValue(json) is { } path)
                {
                    AtomicFile.WriteAllText(path, comparison.ToJson());
                }

                if (parse.GetValue(markdown) is { } page)
                {
                    string heading = parse.GetValue(title)
                        ?? $"Benchmarks: {Path.GetFileName(Path.TrimEndingDirectorySeparator(parse.GetValue(current)!))} against {Path.GetFileName(Path.TrimEndingDirectorySeparator(parse.GetValue(baseline)!))}";
                    AtomicFile.WriteAllText(page, ComparisonMarkdown.Of(comparison, heading));
                }

                if (parse.GetValue(rerun) is { } filters)
                {
                    AtomicFile.WriteAllText(filters, string.Concat(comparison.RegressedMethodFilters.Select(f => f + "\n")));
                }

                exit = comparison.HasRegression ? RegressionFound : CliApp.Success;
            });
            return guard != CliApp.Success ? guard : exit;
        });
        return command;
    }

    private static void Print(TextWriter output, ResultComparison comparison, bool showSame)
    {
        ComparisonVerdict[] tables = showSame
            ? [ComparisonVerdict.Slower, ComparisonVerdict.Failed, ComparisonVerdict.Faster, ComparisonVerdict.Same]
            : [ComparisonVerdict.Slower, ComparisonVerdict.Failed, ComparisonVerdict.Faster];
        foreach (ComparisonVerdict verdict in tables)
        {
            CaseComparison[] cases = [.. comparison.Cases.Where(c => c.Verdict == verdict).OrderByDescending(c => Math.Abs(Math.Log(c.Ratio)))];
            output.WriteLine($"{verdict} ({cases.Length}):");
            foreach (CaseComparison c in cases)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Ratio,6:F3}×  {Format.Time(c.BaseMedianNanoseconds),10} → {Format.Time(c.NewMedianNanoseconds),-10}  p = {c.PValue:F4}{(comparison.Options.ControlFalseDiscoveryRate ? $" (adjusted {c.AdjustedPValue:F4})" : string.Empty)}  {c.Case}"));
            }
        }

        CaseComparison[] busy = [.. comparison.Cases.Where(c => c.Verdict == ComparisonVerdict.NotComparable)];
        if (busy.Length > 0)
        {
            output.WriteLine($"Not comparable, measured on a busy machine ({busy.Length}):");
            foreach (CaseComparison c in busy)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Ratio,6:F3}×  {Format.Time(c.BaseMedianNanoseconds),10} → {Format.Time(c.NewMedianNanoseconds),-10}  {c.Case}"));
            }
        }

        ScalingChange[] dropped = [.. comparison.Scaling.Where(s => s.Dropped)];
        output.WriteLine($"Scaling dropped ({dropped.Length}):");
        foreach (ScalingChange s in dropped)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  efficiency at {s.Workers} workers {s.BaseEfficiency:F2} → {s.NewEfficiency:F2}  {s.Group}"));
        }

        int Count(ComparisonVerdict v) => comparison.Cases.Count(c => c.Verdict == v);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{comparison.Cases.Count} cases: {Count(ComparisonVerdict.Slower)} slower, {Count(ComparisonVerdict.Faster)} faster, {Count(ComparisonVerdict.Same)} same, "
            + $"{Count(ComparisonVerdict.BelowNoiseFloor)} below the noise floor, {Count(ComparisonVerdict.TooFewIterations)} with too few iterations, "
            + $"{Count(ComparisonVerdict.Added)} added, {Count(ComparisonVerdict.Removed)} removed, {Count(ComparisonVerdict.Failed)} failed, {Count(ComparisonVerdict.NotComparable)} not comparable (busy machine); threshold {comparison.Options.Threshold:P0}, alpha {comparison.Options.Alpha}"));
        if (Count(ComparisonVerdict.TooFewIterations) > 0)
        {
            output.WriteLine($"note: {Count(ComparisonVerdict.TooFewIterations)} cases have too few iterations for the test to reach alpha {comparison.Options.Alpha.ToString(CultureInfo.InvariantCulture)}; they were not judged (run more iterations to judge them)");
        }

        if (busy.Length > 0)
        {
            output.WriteLine($"note: {busy.Length} cases ran with fewer cores than they could use, taken by other processes or withheld by the host (in one run or both); measure them again on a quiet machine to compare them");
        }

        output.WriteLine($"regression: {comparison.RegressionText}");
    }

    /// <summary>Before any work: every output can be written, is none of the results read, and is not the other output.</summary>
    private static void CheckOutputs(IReadOnlyList<string?> outputs, IReadOnlyList<string> inputs)
    {
        string[] given = [.. outputs.OfType<string>()];
        for (int i = 0; i < given.Length; i++)
        {
            OutputPaths.CheckCanWrite(given[i]);
            OutputPaths.RefuseInputs(given[i], [.. inputs, .. given[..i]]);
        }
    }
}
