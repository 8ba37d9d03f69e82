namespace ParallelLab.Paradigms.Workflow;

/// <summary><c>-j N</c> and the job mode.</summary>
public sealed record WorkflowOptions(int Jobs, JobMode Mode)
{
    public int Jobs { get; } = Jobs >= 1 ? Jobs : throw new ArgumentOutOfRangeException(nameof(Jobs), Jobs, "at least one job at a time");
}
