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

    /// <summary>
    /// The median of the same number of worker programs started at once with nothing around them
    /// and waited for until they exited (<see cref="Paradigms.Processes.ProcessPool.RunBareWorkers"/>),
    /// timed in the same rounds: the least the start-up can cost here. Null when not measured.
    /// </summary>
    public TimeSpan? Bare { get; init; }

    /// <summary><see cref="Bare"/> shared out over the workers.</summary>
    public TimeSpan? BarePerWorker => Bare / Workers;

    /// <summary>What else the machine did over the timed runs together; null when not measured.</summary>
    public MachineLoad? Load { get; init; }

    /// <summary>True when other processes (or the host) left the runs fewer cores than the workers could use.</summary>
    public bool Contended => Load?.Contended(Workers) == true;
}
