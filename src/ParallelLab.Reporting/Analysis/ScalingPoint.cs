namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// One worker count of a scaling group: mean time, speedup S(p) = T(1)/T(p) with its 95 %
/// interval, efficiency E(p) = S(p)/p, and the Karp–Flatt metric.
/// </summary>
public sealed record ScalingPoint(int Workers, double MeanNanoseconds, double Speedup, double SpeedupLow, double SpeedupHigh, bool Oversubscribed)
{
    public double Efficiency => Speedup / Workers;

    public double EfficiencyLow => SpeedupLow / Workers;

    public double EfficiencyHigh => SpeedupHigh / Workers;

    /// <summary>
    /// The experimentally determined serial fraction (Karp and Flatt, 1990),
    /// e = (1/S − 1/p) / (1 − 1/p): constant when the serial part alone limits the speedup, rising
    /// with p when parallel overhead grows. Undefined at one worker.
    /// </summary>
    /// <remarks>
    /// Karp, Alan H., and Horace P. Flatt. "Measuring parallel processor performance." Communications of
    /// the ACM 33, no. 5 (1990): 539–543. https://doi.org/10.1145/78607.78614
    /// </remarks>
    public double? KarpFlatt => Workers > 1 ? ((1 / Speedup) - (1.0 / Workers)) / (1 - (1.0 / Workers)) : null;
}
