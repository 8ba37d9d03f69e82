using System.Globalization;
using OxyPlot;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Fits;
using ParallelLab.Reporting.Plots;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Pages;

/// <summary>The report's sections, in page order, each adding its text, tables and charts to the document.</summary>
internal static class ReportSections
{
    public static void Header(ReportDocument document, ResultSet results, ReportOptions options)
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

    /// <summary>One chart per kernel that two or more paradigms ran; returns the chart of each kernel.</summary>
    public static IReadOnlyDictionary<string, string> Overviews(ReportDocument document, IReadOnlyList<ScalingAnalysis> analyses, ChartFolder charts)
    {
        Dictionary<string, string> overviews = [];
        IGrouping<string, ScalingAnalysis>[] kernels = [.. analyses
            .Where(a => !BenchmarkConventions.IsSerialPart(a.Group.Case))
            .GroupBy(a => a.Group.Kernel)
            .Where(k => k.Select(a => a.Group.Paradigm).Distinct().Count() >= 2)
            .OrderBy(k => k.Key, StringComparer.Ordinal)];
        if (kernels.Length == 0)
        {
            return overviews;
        }

        document.Heading(2, "Overview: every paradigm on the same kernel");
        foreach (IGrouping<string, ScalingAnalysis> kernel in kernels)
        {
            ScalingAnalysis[] best = [.. kernel.GroupBy(a => (a.Group.Paradigm, a.Group.Case)).Select(BestOf)];
            string name = charts.Add(ScalingCharts.Overview(kernel.Key, best), "overview-" + ReportWriter.Slug(kernel.Key));
            overviews[kernel.Key] = name + ".png";
            document.Paragraph($"Kernel `{kernel.Key}`: each paradigm's methods, each with its best workload (highest speedup within the cores); serial baselines left out.")
                .Image($"Speedup of every paradigm on {kernel.Key}", name + ".png", name + ".svg");
        }

        return overviews;
    }

    public static void Scaling(ReportDocument document, IReadOnlyList<ScalingAnalysis> analyses, int cores, IReadOnlyList<int> projected, ChartFolder charts)
    {
        if (analyses.Count == 0)
        {
            return;
        }

        string[] projections = [.. projected.Select(p => $"S({p})")];
        document.Heading(2, "Scaling");
        document.Paragraph(
            "S(p) = T(1)/T(p) from mean times, with a 95 % interval from the raw iterations (delta method on the log ratio, Welch's degrees of freedom); E(p) = S(p)/p; "
            + "Karp–Flatt e = (1/S − 1/p)/(1 − 1/p), the measured serial fraction. Laws are fitted by least squares to the points "
            + (cores > 0 ? $"within the {cores} cores (beyond them workers share cores)" : "(the cores are unknown, so all of them)")
            + " and the best by AICc is shown; an exact fit has as many points as parameters and predicts little. "
            + $"Recommended: the most workers with E ≥ {Format.Number(ScalingAnalysis.RecommendedEfficiency)}.");
        document.Table(
            ["Case", "Workload", "Workers", "S(p) [95 % CI]", "E(p)", "Karp–Flatt", "Fit (best by AICc)", .. projections, "Recommended", "Verdict"],
            analyses.Select(a => SummaryRow(a, projected)));
        foreach (ScalingAnalysis analysis in analyses)
        {
            string slug = ReportWriter.Slug(analysis.Group.Name);
            document.Heading(3, analysis.Group.Name);
            document.Table(["Workers", "Mean time", "S(p) [95 % CI]", "E(p)", "Karp–Flatt"], analysis.Points.Select(PointRow));
            if (analysis.Fits.Count > 0)
            {
                document.Table(["Law", "Formula", "Parameters", "RSS", "AIC", .. projections], analysis.Fits.Select(f => FitRow(f, projected)));
            }

            string speedup = charts.Add(ScalingCharts.Speedup(analysis), "speedup-" + slug);
            string efficiency = charts.Add(ScalingCharts.Efficiency(analysis), "efficiency-" + slug);
            document.Image($"Speedup of {analysis.Group.Name}", speedup + ".png", speedup + ".svg")
                .Image($"Efficiency of {analysis.Group.Name}", efficiency + ".png", efficiency + ".svg");
        }
    }

    public static void TimePerCase(ReportDocument document, ResultSet results, ChartFolder charts)
    {
        document.Heading(2, "Time per case");
        foreach (IGrouping<string, BenchmarkResult> type in results.Results.Where(r => r.Nanoseconds.Count > 0).GroupBy(r => r.Type))
        {
            document.Heading(3, type.Key);
            document.Table(["Case", "Job", "Mean", "Median", "Min", "Max", "Iterations"], type.Select(TimeRow));
            (PlotModel model, int height) = TimeChart.Of(type.Key, [.. type]);
            string name = charts.Add(model, "time-" + ReportWriter.Slug(type.Key), height);
            document.Image($"Time per case of {type.Key}", name + ".png", name + ".svg");
        }
    }

    public static void Lesson(ReportDocument document, LessonData lesson, ChartFolder charts)
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
            string file = charts.Add(model, name);
            document.Image(alt, file + ".png", file + ".svg");
        }
    }

    private static ScalingAnalysis BestOf(IEnumerable<ScalingAnalysis> paradigm) =>
        paradigm.MaxBy(a => a.Points.Where(p => !p.Oversubscribed).Select(p => p.Speedup).DefaultIfEmpty(0).Max())!;

    private static string[] SummaryRow(ScalingAnalysis a, IReadOnlyList<int> projected)
    {
        ScalingPoint top = a.Points.Where(p => !p.Oversubscribed).DefaultIfEmpty(a.Points[^1]).Last();
        ScalingFit? fit = a.BestFit;
        return
        [
            $"{a.Group.Paradigm}.{a.Group.Case}",
            a.Group.Workload,
            top.Workers.ToString(CultureInfo.InvariantCulture),
            SpeedupText(top),
            Format.Fixed(top.Efficiency, 2),
            top.KarpFlatt is { } e ? Format.Fixed(e, 3) : "–",
            fit is null ? "–" : $"{fit.Law.Name}: {fit.ParameterText}{(fit.IsExact ? " (exact)" : string.Empty)}",
            .. projected.Select(p => fit is null ? "–" : Format.Fixed(fit.Speedup(p), 2)),
            a.RecommendedWorkers.ToString(CultureInfo.InvariantCulture),
            a.VerdictText,
        ];
    }

    private static string[] PointRow(ScalingPoint p) =>
    [
        p.Workers.ToString(CultureInfo.InvariantCulture) + (p.Oversubscribed ? " (more than cores)" : string.Empty),
        Format.Time(p.MeanNanoseconds),
        SpeedupText(p),
        Format.Fixed(p.Efficiency, 2),
        p.KarpFlatt is { } e ? Format.Fixed(e, 3) : "–",
    ];

    private static string[] FitRow(ScalingFit f, IReadOnlyList<int> projected) =>
    [
        f.Law.Name, f.Law.Formula, f.ParameterText + (f.IsExact ? " (exact)" : string.Empty),
        Format.Number(f.SumOfSquares), Format.Fixed(f.Aic, 1), .. projected.Select(p => Format.Fixed(f.Speedup(p), 2)),
    ];

    private static string[] TimeRow(BenchmarkResult r)
    {
        double[] sorted = [.. r.Nanoseconds.Order()];
        return
        [
            r.Parameters.Count == 0 ? r.Method : $"{r.Method} [{r.ParameterText}]",
            r.JobId,
            Format.Time(sorted.Average()),
            Format.Time(Samples.Median(sorted)),
            Format.Time(sorted[0]),
            Format.Time(sorted[^1]),
            sorted.Length.ToString(CultureInfo.InvariantCulture),
        ];
    }

    private static string SpeedupText(ScalingPoint p) => $"{Format.Fixed(p.Speedup, 2)} [{Format.Fixed(p.SpeedupLow, 2)}, {Format.Fixed(p.SpeedupHigh, 2)}]";
}
