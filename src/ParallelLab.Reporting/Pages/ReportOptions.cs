namespace ParallelLab.Reporting.Pages;

/// <summary>Where the report goes and what it says about how it was made.</summary>
/// <param name="OutputDirectory">The report's folder, e.g. reports/2026-11-25-1130; replaced as a whole.</param>
/// <param name="Command">The command lines that produced the results and the report.</param>
/// <param name="Corpus">The corpus the benchmarks ran on, in words ("built-in synthetic, 64 books, 30.5 MB").</param>
public sealed record ReportOptions(string OutputDirectory, IReadOnlyList<string> Command, string Corpus)
{
    /// <summary>Worker counts beyond the machine at which the fitted laws' speedups are shown: a small and a large cluster node.</summary>
    public IReadOnlyList<int> ProjectedWorkers { get; init; } = [16, 64];
}
