namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// What the user said about their results where the names alone cannot tell (<c>--axis</c>,
/// <c>--baseline-method</c>): the parameter or job variable that counts workers, and the method
/// that is the serial baseline. Null leaves each to <see cref="BenchmarkConventions"/>.
/// </summary>
/// <param name="Axis">An integer parameter's name, or a job's environment variable, compared case-insensitively.</param>
/// <param name="BaselineMethod">The method every parallel case's speedup against serial divides, compared exactly.</param>
public sealed record ScalingConventions(string? Axis = null, string? BaselineMethod = null)
{
    public static ScalingConventions Default { get; } = new();
}
