using ParallelLab.Core.Machine;

namespace ParallelLab.Cli.Timing;

/// <summary>
/// What starting and stopping something of <see cref="Workers"/> workers cost (a pool of worker
/// processes): the median and the fastest of its timed runs, and what else the machine did.
/// </summary>
public sealed record StartupTiming(int Workers, TimeSpan Median, TimeSpan Fastest)
{
    /// <summary>The median shared out over the workers: what a worker costs on average (the table's "added per further worker" is the marginal cost).</summary>
    public TimeSpan PerWorker => Median / Workers;

    /// <summary>What else the machine did over the timed runs together; null when not measured.</summary>
    public MachineLoad? Load { get; init; }

    /// <summary>True when other processes (or the host) left the runs fewer cores than the workers could use.</summary>
    public bool Contended => Load?.Contended(Workers) == true;
}
