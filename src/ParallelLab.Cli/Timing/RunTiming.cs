using ParallelLab.Core.Machine;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Cli.Timing;

/// <summary>
/// One engine's measured run, relative to the serial baseline: speedup S = T₁ / Tₚ and
/// parallel efficiency E = S / p, as in the lesson (and any text on Amdahl's law), with what else
/// the machine did during the run.
/// </summary>
public sealed record RunTiming(string Engine, int Workers, TimeSpan Elapsed, IReadOnlyList<Phase> Phases, TimeSpan Serial)
{
    /// <summary>
    /// The efficiency above which a one-worker run cannot be believed: one worker does the serial
    /// work plus the engine's overhead, so it can match serial but not beat it by more than noise.
    /// </summary>
    public const double MostCredibleEfficiencyAtOneWorker = 1.05;

    public double Speedup => Serial / Elapsed;

    public double Efficiency => Speedup / Workers;

    /// <summary>What else the machine did over the case's timed runs together; null when not measured.</summary>
    public MachineLoad? Load { get; init; }

    /// <summary>True when other processes left the run fewer cores than its workers could use.</summary>
    public bool Contended => Load?.Contended(Workers) == true;

    /// <summary>True for one worker faster than serial by more than noise: a measurement problem, not a speedup.</summary>
    public bool Implausible => Workers == 1 && Efficiency > MostCredibleEfficiencyAtOneWorker;
}
