using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Reporting.Pages;

/// <summary>What <see cref="ReportWriter"/> wrote: the pages, the charts, and the analyses behind them.</summary>
public sealed record ReportSummary(string IndexHtml, string IndexMarkdown, IReadOnlyList<string> Charts, IReadOnlyList<ScalingAnalysis> Analyses, IReadOnlyDictionary<string, string> Overviews)
{
    /// <summary>The classes that measure a cost against workers, reported without speedup.</summary>
    public IReadOnlyList<CostAnalysis> Costs { get; init; } = [];

    /// <summary>Whether the machine was quiet and how many groups could be judged.</summary>
    public required RunQuality Quality { get; init; }
}
