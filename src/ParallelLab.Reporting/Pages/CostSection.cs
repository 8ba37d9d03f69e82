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
}
