namespace ParallelLab.Reporting.Compare;

/// <summary>One case in both sets: medians, their ratio (new / base; above 1 is slower), the test's p-value, and the verdict.</summary>
public sealed record CaseComparison(string Case, double BaseMedianNanoseconds, double NewMedianNanoseconds, double PValue, ComparisonVerdict Verdict)
{
    public double Ratio => NewMedianNanoseconds / BaseMedianNanoseconds;
}

/// <summary>A scaling group's efficiency at the most workers both sets measured.</summary>
public sealed record ScalingChange(string Group, int Workers, double BaseEfficiency, double NewEfficiency, bool Dropped);
