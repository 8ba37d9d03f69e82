namespace ParallelLab.Reporting.Compare;

/// <summary>
/// When a difference counts: the medians must differ by more than <see cref="Threshold"/>
/// (relative) and by more than <see cref="NoiseFloorNanoseconds"/> (absolute), and the
/// Mann–Whitney test must reject "same distribution" at <see cref="Alpha"/> after the
/// false-discovery-rate adjustment. The default threshold is 10 %: each case runs in one process
/// per run, and two runs of one commit on a shared two-core machine differ by up to 7 % on
/// CPU-bound cases (measured), a process-to-process variation that iterations within one process
/// cannot show. On a quiet, dedicated machine, pass a smaller one.
/// <see cref="ControlFalseDiscoveryRate"/> adjusts the p-values for the number of cases tested.
/// </summary>
public sealed record ComparisonOptions(double Threshold = 0.10, double NoiseFloorNanoseconds = 1_000, double Alpha = 0.05, bool ControlFalseDiscoveryRate = false)
{
    public static ComparisonOptions Default { get; } = new();
}
