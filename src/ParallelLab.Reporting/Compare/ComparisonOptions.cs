namespace ParallelLab.Reporting.Compare;

/// <summary>
/// When a difference counts: the medians must differ by more than <see cref="Threshold"/>
/// (relative) and by more than <see cref="NoiseFloorNanoseconds"/> (absolute), and the
/// Mann–Whitney test must reject "same distribution" at <see cref="Alpha"/>.
/// </summary>
public sealed record ComparisonOptions(double Threshold = 0.05, double NoiseFloorNanoseconds = 1_000, double Alpha = 0.05)
{
    public static ComparisonOptions Default { get; } = new();
}
