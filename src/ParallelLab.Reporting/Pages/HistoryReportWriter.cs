using System.Globalization;
using System.Text;
using ParallelLab.Reporting.History;
using ParallelLab.Reporting.Plots;

namespace ParallelLab.Reporting.Pages;

/// <summary>
/// <c>parallellab history report</c>: an index of the changes, newest first, then every series
/// (each case's time, each scaling group's efficiency) across commits with its change points, as
/// <c>index.md</c>, <c>index.html</c> and a chart per series, in a folder replaced whole.
/// </summary>
public static class HistoryReportWriter
{
    public static string Write(IReadOnlyList<HistorySeries> series, IReadOnlyList<HistoryCommit> commits, string outputDirectory, string database, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(commits);
        using ReportFolder folder = ReportFolder.Stage(outputDirectory, [database]);
        var charts = new ChartFolder(Path.Combine(folder.Staging, "plots"), progress);
        var document = new ReportDocument();
        document.Paragraph(commits.Count == 0
            ? "The history holds no commit yet."
            : $"{commits.Count} commits, {commits[0].Abbreviated} ({Date(commits[0])}) to {commits[^1].Abbreviated} ({Date(commits[^1])}); "
              + $"{series.Select(s => s.Machine).Distinct().Count()} machine(s); {series.Count(s => s.LowerIsBetter)} cases and {series.Count(s => !s.LowerIsBetter)} scaling groups. "
              + "A change point is a step that ED-PELT proposed and the commits on its two sides confirmed (Mann–Whitney test, threshold); its range is where the first changed commit may be.");

        document.Heading(2, "Changes, newest first");
        (HistorySeries Series, ChangePoint Change)[] changes = [.. series.SelectMany(s => s.Changes.Select(c => (s, c))).OrderByDescending(x => x.s.Commits[x.c.Index].Date).ThenBy(x => x.s.Name, StringComparer.Ordinal)];
        if (changes.Length == 0)
        {
            document.Paragraph("No change point: every series is flat within its noise.");
        }
        else
        {
            document.Table(["First changed commit", "Range (last before … first after)", "Series", "Measure", "Before → after", "Ratio", "p", "Verdict", "Machine"],
                changes.Select(x => (IReadOnlyList<string>)
                [
                    $"{x.Series.Commits[x.Change.Index].Abbreviated} ({Date(x.Series.Commits[x.Change.Index])})",
                    $"{x.Series.Range(x.Change).LastBefore.Abbreviated} … {x.Series.Range(x.Change).FirstAfter.Abbreviated}",
                    x.Series.Name,
                    x.Series.Measure,
                    $"{Value(x.Series, x.Change.Before)} → {Value(x.Series, x.Change.After)}",
                    x.Change.Ratio.ToString("0.000", CultureInfo.InvariantCulture),
                    x.Change.PValue.ToString("G2", CultureInfo.InvariantCulture),
                    x.Series.IsWorse(x.Change) ? (x.Series.LowerIsBetter ? "slower" : "less efficient") : (x.Series.LowerIsBetter ? "faster" : "more efficient"),
                    x.Series.Machine.Name,
                ]));
        }

        foreach ((string heading, bool time) in new[] { ("Scaling: efficiency at the highest worker count", false), ("Time per case", true) })
        {
            document.Heading(2, heading);
            foreach (HistorySeries s in series.Where(s => s.LowerIsBetter == time).OrderBy(s => s.Changes.Count == 0).ThenBy(s => s.Name, StringComparer.Ordinal))
            {
                document.Heading(3, $"{s.Name}: {s.Measure} ({s.Machine.Name})");
                document.Paragraph($"{s.Commits.Count} commits; newest {Value(s, s.Values[^1])} [{Value(s, s.Intervals[^1].Low)}, {Value(s, s.Intervals[^1].High)}]; "
                    + (s.Changes.Count == 0 ? "no change point." : $"{s.Changes.Count} change point(s)."));
                string chart = charts.Add(HistoryChart.Of(s), ReportWriter.Slug($"{(time ? "time" : "efficiency")}-{s.Machine.Name}-{s.Name}-{s.Measure}"));
                document.Image($"{s.Name}, {s.Measure}, across commits", chart + ".png", chart + ".svg");
            }
        }

        const string title = "ParallelLab result history";
        File.WriteAllText(Path.Combine(folder.Staging, "index.md"), $"# {title}\n\n" + MarkdownPage.Render(document), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder.Staging, "index.html"), HtmlPage.Render(title, new ReportDocument().Heading(1, title).Append(document)), new UTF8Encoding(false));
        folder.Commit();
        return Path.Combine(folder.Target, "index.html");
    }

    private static string Date(HistoryCommit commit) => commit.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Value(HistorySeries series, double value) =>
        series.LowerIsBetter ? Format.Time(value) : value.ToString("0.000", CultureInfo.InvariantCulture);
}
