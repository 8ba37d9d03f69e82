using System.Text;
using OxyPlot;
using ParallelLab.Core.IO;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Fits;
using ParallelLab.Reporting.Plots;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Pages;

/// <summary>
/// Turns results into <c>index.md</c>, <c>index.html</c> and their charts. Everything is written
/// into a staging folder beside the target and renamed into place at the end, so an interrupted
/// report leaves the previous one, never half of a new one. Only an empty folder or an earlier
/// report (it holds <see cref="Marker"/>) is ever replaced.
/// </summary>
public static class ReportWriter
{
    /// <summary>The file that marks a folder as a report this writer may replace.</summary>
    public const string Marker = ".parallellab-report";

    public static ReportSummary Write(ResultSet results, ReportOptions options, LessonData? lesson = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        CheckReplaceable(target, results);
        string parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(Path.Combine(staging, "plots"));
        File.WriteAllText(Path.Combine(staging, Marker), "A report of 'parallellab report'; the next report to this folder replaces it whole.\n");
        try
        {
            var charts = new List<string>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            string Chart(PlotModel model, string slug, int height = PlotFiles.Height)
            {
                // Two names can share a slug ("A.b" and "a-b"); the second gets a number.
                string name = slug;
                for (int n = 2; !names.Add(name); n++)
                {
                    name = $"{slug}-{n}";
                }

                string png = PlotFiles.Write(model, Path.Combine(staging, "plots"), name, PlotFiles.Width, height);
                charts.Add("plots/" + png);
                progress?.Report("plots/" + png);
                return "plots/" + name;
            }

            int cores = results.Host.LogicalCores;
            ScalingAnalysis[] analyses = [.. ScalingGroup.From(results.Results).Select(g => ScalingAnalysis.Of(g, cores)).OfType<ScalingAnalysis>()];
            var document = new ReportDocument();
            Header(document, results, options);

            Dictionary<string, string> overviews = [];
            IEnumerable<IGrouping<string, ScalingAnalysis>> kernels = analyses
                .Where(a => !WorkerAxis.IsSerialPart(a.Group.Case))
                .GroupBy(a => a.Group.Kernel)
                .Where(k => k.Select(a => a.Group.Paradigm).Distinct().Count() >= 2);
            if (kernels.Any())
            {
                document.Heading(2, "Overview: every paradigm on the same kernel");
                foreach (IGrouping<string, ScalingAnalysis> kernel in kernels.OrderBy(k => k.Key, StringComparer.Ordinal))
                {
                    ScalingAnalysis[] best = [.. kernel.GroupBy(a => (a.Group.Paradigm, a.Group.Case)).Select(BestOf)];
                    string name = Chart(ScalingCharts.Overview(kernel.Key, best), "overview-" + Slug(kernel.Key));
                    overviews[kernel.Key] = name + ".png";
                    document.Paragraph($"Kernel `{kernel.Key}`: each paradigm's methods, each with its best workload (highest speedup within the cores); serial baselines left out.")
                        .Image($"Speedup of every paradigm on {kernel.Key}", name + ".png", name + ".svg");
                }
            }

            if (analyses.Length > 0)
            {
                document.Heading(2, "Scaling");
                document.Paragraph(
                    "S(p) = T(1)/T(p) from mean times, with a 95 % interval from the raw iterations (delta method on the log ratio, Welch's degrees of freedom); E(p) = S(p)/p; "
                    + "Karp–Flatt e = (1/S − 1/p)/(1 − 1/p), the measured serial fraction. Laws are fitted by least squares to the points "
                    + (cores > 0 ? $"within the {cores} cores (beyond them workers share cores)" : "(the cores are unknown, so all of them)")
                    + " and the best by AICc is shown; an exact fit has as many points as parameters and predicts little. "
                    + "Recommended: the most workers with E ≥ 0.7.");
                document.Table(
                    ["Case", "Workload", "Workers", "S(p) [95 % CI]", "E(p)", "Karp–Flatt", "Fit (best by AICc)", "S(16)", "S(64)", "Recommended", "Verdict"],
                    analyses.Select(SummaryRow));
                foreach (ScalingAnalysis analysis in analyses)
                {
                    string slug = Slug(analysis.Group.Name);
                    document.Heading(3, analysis.Group.Name);
                    document.Table(["Workers", "Mean time", "S(p) [95 % CI]", "E(p)", "Karp–Flatt"], analysis.Points.Select(PointRow));
                    if (analysis.Fits.Count > 0)
                    {
                        document.Table(["Law", "Formula", "Parameters", "RSS", "AIC", "S(16)", "S(64)"], analysis.Fits.Select(FitRow));
                    }

                    string speedup = Chart(ScalingCharts.Speedup(analysis), "speedup-" + slug);
                    string efficiency = Chart(ScalingCharts.Efficiency(analysis), "efficiency-" + slug);
                    document.Image($"Speedup of {analysis.Group.Name}", speedup + ".png", speedup + ".svg")
                        .Image($"Efficiency of {analysis.Group.Name}", efficiency + ".png", efficiency + ".svg");
                }
            }

            document.Heading(2, "Time per case");
            foreach (IGrouping<string, BenchmarkResult> type in results.Results.Where(r => r.Nanoseconds.Count > 0).GroupBy(r => r.Type))
            {
                document.Heading(3, type.Key);
                document.Table(["Case", "Job", "Mean", "Median", "Min", "Max", "Iterations"], type.Select(TimeRow));
                (PlotModel model, int height) = TimeChart.Of(type.Key, [.. type]);
                string name = Chart(model, "time-" + Slug(type.Key), height);
                document.Image($"Time per case of {type.Key}", name + ".png", name + ".svg");
            }

            if (lesson is not null && lesson.Table.Count >= 2)
            {
                Lesson(document, lesson, Chart);
            }

            string title = $"ParallelLab report: {Path.GetFileName(target)}";
            File.WriteAllText(Path.Combine(staging, "index.md"), $"# {title}\n\n" + MarkdownPage.Render(document), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(staging, "index.html"), HtmlPage.Render(title, new ReportDocument().Heading(1, title).Append(document)), new UTF8Encoding(false));
            Replace(target, staging);
            return new ReportSummary(Path.Combine(target, "index.html"), Path.Combine(target, "index.md"), charts, analyses, overviews);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void Header(ReportDocument document, ResultSet results, ReportOptions options)
    {
        HostEnvironment host = results.Host;
        document.Table(
            ["", ""],
            [
                ["Machine", $"{host.Processor}, {host.PhysicalCores} cores ({host.LogicalCores} logical)"],
                ["Operating system", host.OperatingSystem],
                [".NET", $"{host.Runtime}, BenchmarkDotNet {host.BenchmarkDotNet}"],
                ["Corpus", options.Corpus],
                ["Results", $"{results.Results.Count} cases from {results.Files.Count} files"],
                ["Made by", string.Join(" ; ", options.Command)],
            ]);
    }

    private static void Lesson(ReportDocument document, LessonData lesson, Func<PlotModel, string, int, string> chart)
    {
        document.Heading(2, $"The lesson's pictures: {lesson.Book}");
        ZipfFit zipf = ZipfFit.Of(lesson.Table);
        document.Paragraph($"The corpus's largest book: its top words (plotcount.py), Zipf's law (fitted exponent s = {Format.Fixed(zipf.Exponent, 3)} over ranks 1–{zipf.Ranks}), and the average ACF of its top {lesson.AcfWords} words.");
        foreach ((PlotModel model, string name, string alt) in new[]
        {
            (LessonCharts.TopWords(lesson.Book, lesson.Table), "lesson-top-words", "Top words"),
            (LessonCharts.RankFrequency(lesson.Book, lesson.Table, zipf), "lesson-rank-frequency", "Rank–frequency, log–log"),
            (LessonCharts.Acf(lesson.Book, lesson.Acf, lesson.AcfWords), "lesson-acf", "Average word ACF"),
        })
        {
            string file = chart(model, name, PlotFiles.Height);
            document.Image(alt, file + ".png", file + ".svg");
        }
    }

    private static ScalingAnalysis BestOf(IEnumerable<ScalingAnalysis> paradigm) =>
        paradigm.MaxBy(a => a.Points.Where(p => !p.Oversubscribed).Select(p => p.Speedup).DefaultIfEmpty(0).Max())!;

    private static string[] SummaryRow(ScalingAnalysis a)
    {
        ScalingPoint top = a.Points.Where(p => !p.Oversubscribed).DefaultIfEmpty(a.Points[^1]).Last();
        ScalingFit? fit = a.BestFit;
        return
        [
            $"{a.Group.Paradigm}.{a.Group.Case}",
            a.Group.Workload,
            top.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SpeedupText(top),
            Format.Fixed(top.Efficiency, 2),
            top.KarpFlatt is { } e ? Format.Fixed(e, 3) : "–",
            fit is null ? "–" : $"{fit.Law.Name}: {fit.ParameterText}{(fit.IsExact ? " (exact)" : string.Empty)}",
            fit is null ? "–" : Format.Fixed(fit.Speedup(16), 2),
            fit is null ? "–" : Format.Fixed(fit.Speedup(64), 2),
            a.RecommendedWorkers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            a.VerdictText,
        ];
    }

    private static string[] PointRow(ScalingPoint p) =>
    [
        p.Workers.ToString(System.Globalization.CultureInfo.InvariantCulture) + (p.Oversubscribed ? " (more than cores)" : string.Empty),
        Format.Time(p.MeanNanoseconds),
        SpeedupText(p),
        Format.Fixed(p.Efficiency, 2),
        p.KarpFlatt is { } e ? Format.Fixed(e, 3) : "–",
    ];

    private static string[] FitRow(ScalingFit f) =>
    [
        f.Law.Name, f.Law.Formula, f.ParameterText + (f.IsExact ? " (exact)" : string.Empty),
        Format.Number(f.SumOfSquares), Format.Fixed(f.Aic, 1), Format.Fixed(f.Speedup(16), 2), Format.Fixed(f.Speedup(64), 2),
    ];

    private static string[] TimeRow(BenchmarkResult r)
    {
        double[] sorted = [.. r.Nanoseconds.Order()];
        double median = Samples.Median(sorted);
        return
        [
            r.Parameters.Count == 0 ? r.Method : $"{r.Method} [{r.ParameterText}]",
            r.JobId,
            Format.Time(sorted.Average()),
            Format.Time(median),
            Format.Time(sorted[0]),
            Format.Time(sorted[^1]),
            sorted.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
    }

    private static string SpeedupText(ScalingPoint p) => $"{Format.Fixed(p.Speedup, 2)} [{Format.Fixed(p.SpeedupLow, 2)}, {Format.Fixed(p.SpeedupHigh, 2)}]";

    /// <summary>"CpuThreads.ParallelFor [Work=AcfOverWords]" → "cputhreads-parallelfor-work-acfoverwords".</summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (char c in text.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Refuses to replace what is not a report: a file, a folder with other content (the
    /// repository, a results folder), or a folder that holds the results being read or the
    /// current directory.
    /// </summary>
    private static void CheckReplaceable(string target, ResultSet results)
    {
        if (File.Exists(target))
        {
            throw new InputException($"output '{target}' is a file; give a folder for the report");
        }

        string inside = target + Path.DirectorySeparatorChar;
        string current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Environment.CurrentDirectory)) + Path.DirectorySeparatorChar;
        if (current.StartsWith(inside, StringComparison.Ordinal) || results.Files.Any(f => Path.GetFullPath(f).StartsWith(inside, StringComparison.Ordinal)))
        {
            throw new InputException($"output folder '{target}' holds the results or the current folder; choose a folder of its own for the report");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, Marker)))
        {
            throw new InputException($"output folder '{target}' is not empty and is not an earlier report; choose another --output");
        }
    }

    /// <summary>The new report takes the old one's place; the old one is removed only once the new one is in.</summary>
    private static void Replace(string target, string staging)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        string old = staging + ".old";
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        try
        {
            Directory.Delete(old, recursive: true);
        }
        catch (IOException)
        {
            // The new report is in place; a leftover hidden folder is not worth failing for.
        }
    }
}
