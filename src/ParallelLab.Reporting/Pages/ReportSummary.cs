using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Reporting.Pages;

/// <summary>What <see cref="ReportWriter"/> wrote: the pages, the charts, and the analyses behind them.</summary>
public sealed record ReportSummary(string IndexHtml, string IndexMarkdown, IReadOnlyList<string> Charts, IReadOnlyList<ScalingAnalysis> Analyses, IReadOnlyDictionary<string, string> Overviews);
