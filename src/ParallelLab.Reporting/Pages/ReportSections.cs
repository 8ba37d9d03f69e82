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
    public static void Header(ReportDocument document, ResultSet results, ReportOptions options, RunQuality quality)
    {
        HostEnvironment host = results.Host;
        document.Table(
            ["", ""],
            [
                ["Machine", $"{host.Processor}, {host.PhysicalCores} cores ({host.LogicalCores} logical)"],
                ["Operating system", host.OperatingSystem],
                [".NET", $"{host.Runtime}, BenchmarkDotNet {host.BenchmarkDotNet}"],
                ["Corpus", options.Corpus],
                ["Results", results.Files.Count == 0 ? $"{results.Results.Count} cases of the run that has just ended" : $"{results.Results.Count} cases from {results.Files.Count} files"],
                ["Machine while measuring", quality.MachineText],
                .. BlasKernels(results),
                ["Made by", string.Join(" ; ", options.Command)],
            ]);
    }

    /// <summary>A row naming the kernels OpenBLAS ran, where a job recorded them (the NativeBlas jobs' OPENBLAS_CORETYPE).</summary>
    private static IEnumerable<string[]> BlasKernels(ResultSet results)
    {
        string[] kernels = [.. results.Results.Select(r => r.JobEnvironment.GetValueOrDefault(Core.Linear.OpenBlasKernels.CoreTypeVariable)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return kernels.Length == 0 ? [] : [["OpenBLAS kernels", string.Join(", ", kernels)]];
    }

    public static void TimePerCase(ReportDocument document, ResultSet results, ChartFolder charts)
    {
        document.Heading(2, "Time per case");
        foreach (IGrouping<string, BenchmarkResult> type in results.Results.Where(r => r.Nanoseconds.Count > 0).GroupBy(r => r.Type))
        {
            document.Heading(3, type.Key);
            document.Table(["Case", "Job", "Mean", "Median", "Min", "Max", "Iterations", "Run order", "Machine"], type.Select(TimeRow));
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
            r.RunOrder?.ToString(CultureInfo.InvariantCulture) ?? "–",
            ScalingSections.MachineText(r.Load, WorkerAxis.Contended(r)),
        ];
    }
}
