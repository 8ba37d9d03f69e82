namespace ParallelLab.Reporting.History;

/// <summary>
/// When a step in a history counts. Candidates come from ED-PELT with segments of at least
/// <see cref="MinimumDistance"/> commits; each is kept only when the commits on its two sides pass
/// <c>compare</c>'s rules: the Mann–Whitney test at <see cref="Alpha"/>, medians apart by more than
/// <see cref="Threshold"/> and by more than <see cref="NoiseFloorNanoseconds"/>.
/// <para>
/// Calibrated on this lab's own noise: 36 same-commit runs of one case on the 2-core machine
/// (quick job, 2026-11-30) spread by 10 % (standard deviation of the log of their medians),
/// resampled into 40-commit histories (tests/ParallelLab.Reporting.Tests/History). The threshold
/// is lower than <c>compare</c>'s 15 % because a history judges segments of several commits, not
/// one run against one run; the significance level is stricter because the segments are chosen
/// after looking at the data (ED-PELT places them where the difference is largest), which makes an
/// ordinary 5 % test fire on a flat history one time in three. At 0.001 it fired on about 2 % of
/// flat histories. Three commits a segment is the shortest whose Mann–Whitney test can reach that
/// level against a long segment, so the newest three commits can start a slower segment.
/// </para>
/// </summary>
public sealed record ChangePointOptions(double Threshold = 0.05, double Alpha = 0.001, int MinimumDistance = 3, double NoiseFloorNanoseconds = 50_000)
{
    public static ChangePointOptions Default { get; } = new();
}
