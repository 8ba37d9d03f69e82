using System.Text;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Pages;

/// <summary>
/// Turns results into <c>index.md</c>, <c>index.html</c> and their charts, in a folder replaced
/// whole (<see cref="ReportFolder"/>): the header, what the run can support, the overview per
/// kernel, the scaling groups, the costs, the time per case and the lesson's pictures.
/// </summary>
public static class ReportWriter
{
    /// <summary>The file that marks a folder as a report this writer may replace.</summary>
    public const string Marker = ReportFolder.Marker;

    public static ReportSummary Write(ResultSet results, ReportOptions options, LessonData? lesson = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        using ReportFolder folder = ReportFolder.Stage(options.OutputDirectory, results);
        var charts = new ChartFolder(Path.Combine(folder.Staging, "plots"), progress);
        int cores = results.Host.LogicalCores;
        IReadOnlyList<ScalingGroup> groups = ScalingGroup.From(results.Results);
        ScalingAnalysis[] analyses = [.. groups.Where(g => !g.MeasuresCost).Select(g => ScalingAnalysis.Of(g, cores)).OfType<ScalingAnalysis>()];
        CostAnalysis[] costs = [.. groups.Where(g => g.MeasuresCost).Select(CostAnalysis.Of)];
        var quality = RunQuality.Of(results.Results, analyses);

        var document = new ReportDocument();
        ReportSections.Header(document, results, options, quality);
        QualitySection.Support(document, quality, results.IsLabsOwn);
        IReadOnlyDictionary<string, string> overviews = ScalingSections.Overviews(document, analyses, charts);
        ScalingSections.Scaling(document, analyses, cores, options.ProjectedWorkers, charts);
        CostSection.Costs(document, costs, charts);
        ReportSections.TimePerCase(document, results, charts);
        if (lesson is not null && lesson.Table.Count >= 2)
        {
            ReportSections.Lesson(document, lesson, charts);
        }

        string title = $"ParallelLab report: {Path.GetFileName(folder.Target)}";
        File.WriteAllText(Path.Combine(folder.Staging, "index.md"), $"# {title}\n\n" + MarkdownPage.Render(document), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder.Staging, "index.html"), HtmlPage.Render(title, new ReportDocument().Heading(1, title).Append(document)), new UTF8Encoding(false));
        folder.Commit();
        return new ReportSummary(Path.Combine(folder.Target, "index.html"), Path.Combine(folder.Target, "index.md"), charts.Written, analyses, overviews) { Costs = costs, Quality = quality };
    }

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
}
