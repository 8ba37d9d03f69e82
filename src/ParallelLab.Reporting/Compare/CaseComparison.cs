namespace ParallelLab.Reporting.Compare;

/// <summary>
/// One case in both sets: medians, their ratio (new / base; above 1 is slower), the test's
/// p-value, the p-value adjusted for the number of cases tested (Benjamini–Hochberg), and the verdict.
/// </summary>
public sealed record CaseComparison(string Case, double BaseMedianNanoseconds, double NewMedianNanoseconds, double PValue, ComparisonVerdict Verdict)
{
    public double Ratio => NewMedianNanoseconds / BaseMedianNanoseconds;

    /// <summary>"Type.Method" of the case, which names it to BenchmarkDotNet's <c>--filter</c>.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>The p-value after the false-discovery-rate adjustment; equal to <see cref="PValue"/> for a case compared alone.</summary>
    public double AdjustedPValue { get; init; } = PValue;
}

/// <summary>A scaling group's efficiency at the most workers both sets measured.</summary>
public sealed record ScalingChange(string Group, int Workers, double BaseEfficiency, double NewEfficiency, bool Dropped);
