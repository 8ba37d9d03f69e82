namespace ParallelLab.Paradigms.Workflow;

/// <summary>How a job's step runs: as a process of the rule's command (what Snakemake does), or as a kernel call in this process.</summary>
public enum JobMode
{
    Processes,
    InProcess,
}
