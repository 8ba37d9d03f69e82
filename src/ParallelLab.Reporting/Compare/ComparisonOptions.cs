namespace ParallelLab.Reporting.Compare;

/// <summary>
/// When a difference counts: the medians must differ by more than <see cref="Threshold"/>
/// (relative) and by more than <see cref="NoiseFloorNanoseconds"/> (absolute), and the
/// Mann–Whitney test must reject "same distribution" at <see cref="Alpha"/>.
/// The defaults are calibrated on this lab's two-core machine, where two runs of one commit moved
/// single cases by up to 10 % (quick job, two processes per case) and by up to 17 % with one
/// process per case: times differ from process to process more than iterations within one show.
/// Hence a 15 % threshold, and a 50 µs floor below which one operation per iteration is timer and
/// scheduler noise. On a quiet, dedicated machine, pass smaller ones.
/// <see cref="ControlFalseDiscoveryRate"/> adjusts the p-values for the number of cases tested.
/// </summary>
public sealed record ComparisonOptions(double Threshold = 0.15, double NoiseFloorNanoseconds = 50_000, double Alpha = 0.05, bool ControlFalseDiscoveryRate = false)
{
    public static ComparisonOptions Default { get; } = new();
}
