namespace ParallelLab.TestSupport;

/// <summary>
/// Real BenchmarkDotNet results of a project that is not the lab's
/// (tests/ParallelLab.Reporting.Tests/Foreign/README.md), copied beside the tests that read them.
/// </summary>
public static class ForeignResults
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Foreign");

    /// <summary>One class's full JSON: "ParallelSum", "PlinqSum", "OmpSum", "Sizes".</summary>
    public static string File(string className) => Path.Combine(Folder, className + "-report-full.json");
}
