namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// Which jobs of a DAG must run, and why, by Snakemake's file-time rule: a job runs when an output
/// is missing, when an input or a file of its program is newer than its oldest output, or when a
/// job it depends on runs. Every other job is up to date and is skipped.
/// </summary>
public sealed class JobPlan
{
    private readonly Dictionary<Job, string> _reasons;

    private JobPlan(WorkflowDag dag, Dictionary<Job, string> reasons)
    {
        Dag = dag;
        _reasons = reasons;
        ToRun = [.. dag.Jobs.Where(reasons.ContainsKey)];
    }

    public WorkflowDag Dag { get; }

    /// <summary>The jobs to run, dependencies first.</summary>
    public IReadOnlyList<Job> ToRun { get; }

    public int UpToDate => Dag.Jobs.Count - ToRun.Count;

    /// <param name="forceAll">Run every job whatever the files' times (Snakemake's <c>--forceall</c>).</param>
    public static JobPlan For(WorkflowDag dag, bool forceAll = false)
    {
        ArgumentNullException.ThrowIfNull(dag);
        var reasons = new Dictionary<Job, string>();
        foreach (Job job in dag.Jobs)
        {
            string? reason = forceAll ? "forced" : ReasonToRun(job, reasons);
            if (reason is not null)
            {
                reasons.Add(job, reason);
            }
        }

        return new JobPlan(dag, reasons);
    }

    public bool MustRun(Job job) => _reasons.ContainsKey(job);

    /// <summary>Why the job runs ("missing output processed_data/pg10.dat"), or null if it is up to date.</summary>
    public string? Reason(Job job) => _reasons.GetValueOrDefault(job);

    private static string? ReasonToRun(Job job, Dictionary<Job, string> earlier)
    {
        string? missing = job.Outputs.FirstOrDefault(o => !File.Exists(o));
        if (missing is not null)
        {
            return $"missing output {job.Display(missing)}";
        }

        Job? rerun = job.Dependencies.FirstOrDefault(earlier.ContainsKey);
        if (rerun is not null)
        {
            return $"input from {rerun.Name} will be updated";
        }

        DateTime oldestOutput = job.Outputs.Min(File.GetLastWriteTimeUtc);
        string? newerInput = job.Inputs.FirstOrDefault(i => File.GetLastWriteTimeUtc(i) > oldestOutput);
        if (newerInput is not null)
        {
            return $"input {job.Display(newerInput)} is newer than the output";
        }

        string? newerProgram = job.Rule.Program.FirstOrDefault(p => File.Exists(p) && File.GetLastWriteTimeUtc(p) > oldestOutput);
        return newerProgram is null ? null : $"program {Path.GetFileName(newerProgram)} is newer than the output";
    }
}
