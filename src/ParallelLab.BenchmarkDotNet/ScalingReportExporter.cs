using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Helpers;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using ParallelLab.Reporting;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Pages;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// Writes the scaling report after each run, beside BenchmarkDotNet's own reports: a folder
/// <c>&lt;class&gt;-scaling</c> under its results with <c>index.md</c>, <c>index.html</c> and the
/// charts (speedup, efficiency, fitted laws), the same report <c>parallellab report</c> writes from
/// the JSON; and one line per scaling group in the console.
/// </summary>
internal sealed class ScalingReportExporter(ScalingOptions options) : IExporter
{
    public string Name => nameof(ScalingReportExporter);

    public void ExportToLog(Summary summary, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(logger);
        foreach (ScalingAnalysis analysis in ScalingCases.Analyse(summary, options).Analyses)
        {
            string points = string.Join(", ", analysis.Points.Select(p => $"{p.Workers}: {Format.Number(p.Speedup)}×"));
            logger.WriteLineInfo($"{analysis.Group.Name}: {analysis.VerdictText} (speedup by {analysis.Group.Axis}: {points})");
        }
    }

    public IEnumerable<string> ExportToFiles(Summary summary, ILogger consoleLogger)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(consoleLogger);
        ScalingCases.Analysed analysed = ScalingCases.Analyse(summary, options);
        if (analysed.Results.Results.Count == 0)
        {
            return [];
        }

        consoleLogger.WriteLineHeader("// * ParallelLab scaling *");
        ExportToLog(summary, consoleLogger);
        if (AxisDiagnosis.WhyNoScaling(analysed.Results.Results) is { } why)
        {
            consoleLogger.WriteLineInfo($"ParallelLab: {why}");
        }

        string folder = Path.Combine(summary.ResultsDirectoryPath, $"{FileName(summary)}-scaling");
        try
        {
            ReportSummary report = ReportWriter.Write(analysed.Results, new ReportOptions(folder, ["BenchmarkDotNet with ParallelLab.BenchmarkDotNet's ScalingConfig"], "none"));
            return [report.IndexHtml, report.IndexMarkdown];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or TypeInitializationException or Core.IO.InputException)
        {
            // A report that cannot be written must not fail the run whose numbers are already in BenchmarkDotNet's own reports.
            consoleLogger.WriteLineError($"ParallelLab: the scaling report was not written: {e.Message}");
            return [];
        }
    }

    /// <summary>As BenchmarkDotNet names a summary's files: the class's full name when the summary holds one class, else the summary's title.</summary>
    private static string FileName(Summary summary)
    {
        Type[] types = [.. summary.BenchmarksCases.Select(c => c.Descriptor.Type).Distinct()];
        return types.Length == 1 ? FolderNameHelper.ToFolderName(types[0]) : summary.Title;
    }
}
