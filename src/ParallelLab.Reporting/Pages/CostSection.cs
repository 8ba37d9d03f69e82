using System.Globalization;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Plots;

namespace ParallelLab.Reporting.Pages;

/// <summary>The report's costs: classes that measure what more workers cost (<see cref="CostAnalysis"/>), with no speedup.</summary>
internal static class CostSection
{
    public static void Costs(ReportDocument document, IReadOnlyList<CostAnalysis> costs, ChartFolder charts)
    {
        if (costs.Count == 0)
        {
            return;
        }

        document.Heading(2, "Costs against workers");
        document.Paragraph("Classes that measure what something costs at each worker count (starting and stopping a pool), not how work speeds up: "
            + "the whole time, the time per worker, and the time each further worker added since the previous count. No speedup, efficiency or law is drawn for them.");
        foreach (IGrouping<string, CostAnalysis> sameClass in costs.GroupBy(c => c.Group.Paradigm).Where(g => g.Count() > 1))
        {
            SideBySide(document, sameClass.Key, [.. sameClass]);
        }

        foreach (CostAnalysis cost in costs)
        {
            document.Heading(3, cost.Group.Name);
            document.Table(["Workers", "Time", "Per worker", "Added per further worker", "Machine"], cost.Points.Select(p => new[]
            {
                p.Workers.ToString(CultureInfo.InvariantCulture),
                Format.Time(p.MeanNanoseconds),
                Format.Time(p.PerWorkerNanoseconds),
                p.AddedPerWorkerNanoseconds is { } added ? (added < 0 ? "−" + Format.Time(-added) : Format.Time(added)) : "–",
                ScalingSections.MachineText(p.Load, p.Contended),
            }));
            string chart = charts.Add(CostChart.Of(cost), "cost-" + ReportWriter.Slug(cost.Group.Name));
            document.Image($"Cost of {cost.Group.Name} against workers", chart + ".png", chart + ".svg");
        }
    }

    /// <summary>
    /// A class's methods side by side, their time at each count: a pool's start-up beside the same
    /// programs started bare reads at a glance, where two tables apart it would not. The whole
    /// time, not the time per worker: some costs do not grow with the workers (one task's round
    /// trip to one engine of N), and shared out over them they would mislead.
    /// </summary>
    private static void SideBySide(ReportDocument document, string className, CostAnalysis[] methods)
    {
        int[] counts = [.. methods.SelectMany(m => m.Points.Select(p => p.Workers)).Distinct().Order()];
        document.Heading(3, $"{className}: method by method");
        document.Paragraph($"The time of each of {className}'s methods at each worker count, from the tables below; \"busy\" where the workers had fewer cores than they could use.");
        string[] Row(int workers) =>
        [
            workers.ToString(CultureInfo.InvariantCulture),
            .. methods.Select(m => m.Points.FirstOrDefault(p => p.Workers == workers) is { } point
                ? Format.Time(point.MeanNanoseconds) + (point.Contended ? " (busy)" : "")
                : "–"),
        ];
        document.Table(["Workers", .. methods.Select(m => m.Group.Workload.Length == 0 ? m.Group.Case : $"{m.Group.Case} [{m.Group.Workload}]")], counts.Select(Row));
    }
}
