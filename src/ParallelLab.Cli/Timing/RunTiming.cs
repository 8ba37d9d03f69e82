using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Cli.Timing;

/// <summary>
/// One engine's measured run, relative to the serial baseline: speedup S = T₁ / Tₚ and
/// parallel efficiency E = S / p, as in the lesson (and any text on Amdahl's law).
/// </summary>
public sealed record RunTiming(string Engine, int Workers, TimeSpan Elapsed, IReadOnlyList<Phase> Phases, TimeSpan Serial)
{
    public double Speedup => Serial / Elapsed;

    public double Efficiency => Speedup / Workers;
}
