namespace ParallelLab.Paradigms.Workflow;

/// <summary>What the runner reports as jobs start and end: enough for a "[3/65] count_words[book=pg10]" line.</summary>
public sealed record JobProgress(Job Job, JobProgressKind Kind, int Finished, int Total, string Detail);

public enum JobProgressKind
{
    Started,
    Finished,
    Failed,
}
