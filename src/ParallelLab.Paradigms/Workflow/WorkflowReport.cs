namespace ParallelLab.Paradigms.Workflow;

/// <summary>What a run did: jobs run (with their times) and jobs skipped as up to date.</summary>
public sealed record WorkflowReport(int TotalJobs, IReadOnlyList<JobTiming> Ran, int UpToDate, TimeSpan Elapsed);

/// <summary>One job's wall time from start to outputs checked.</summary>
public sealed record JobTiming(Job Job, TimeSpan Elapsed);
