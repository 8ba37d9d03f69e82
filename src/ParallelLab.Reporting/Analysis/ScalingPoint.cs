using ParallelLab.Core.Machine;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// One worker count of a scaling group: mean time; the relative speedup S(p) = T(1)/T(p) against
/// the same method at one worker, with its 95 % interval; efficiency E(p) = S(p)/p; the Karp–Flatt
/// metric; the absolute speedup against the class's serial baseline, T(serial)/T(p), where the
/// class has one; and what else the machine did while it ran.
/// </summary>
/// <remarks>
/// Relative and absolute speedup as in Grama, Ananth, Anshul Gupta, George Karypis, and Vipin Kumar.
/// Introduction to Parallel Computing, 2nd ed. Addison-Wesley, 2003, §5.2.3: the speedup of a parallel
/// program is measured against the best serial program, not against itself on one processor.
/// </remarks>
public sealed record ScalingPoint(int Workers, double MeanNanoseconds, double Speedup, double SpeedupLow, double SpeedupHigh, bool Oversubscribed)
{
    public double Efficiency => Speedup / Workers;

    public double EfficiencyLow => SpeedupLow / Workers;

    public double EfficiencyHigh => SpeedupHigh / Workers;

    /// <summary>T(serial)/T(p) with its 95 % interval, or null when the class has no serial baseline.</summary>
    public SerialSpeedup? AgainstSerial { get; init; }

    /// <summary>What else the machine did while this case ran, or null when the run did not record it.</summary>
    public MachineLoad? Load { get; init; }

    /// <summary>True when others left this case fewer cores than its workers could use: it is shown but not judged, fitted or recommended.</summary>
    public bool Contended => Load?.Contended(Workers) == true;

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

/// <summary>A speedup against the serial baseline, T(serial)/T(p), with its 95 % interval.</summary>
public sealed record SerialSpeedup(double Value, double Low, double High);
