namespace ParallelLab.Reporting.Analysis;

/// <summary>How a case scales within the machine's cores.</summary>
public enum ScalingVerdict
{
    /// <summary>Efficiency at least 0.7 at the most workers that fit on the cores.</summary>
    Good,

    /// <summary>Efficiency between 0.5 and 0.7.</summary>
    Fair,

    /// <summary>It has a parallel path, but efficiency is below 0.5 (or it gets slower).</summary>
    Poor,

    /// <summary>No parallel path at all: the speedup stays at 1 whatever the worker count.</summary>
    Flat,

    /// <summary>The speedup differs from 1, but its interval includes 1: more iterations are needed.</summary>
    Unclear,

    /// <summary>Not judged: the one-worker reference, or every parallel point, ran with fewer cores than it needed (others, the hypervisor or the host took them).</summary>
    Busy,
}
