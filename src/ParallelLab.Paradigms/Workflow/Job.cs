namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// A rule applied to one set of wildcard values: concrete inputs and outputs (full paths), the
/// log, and the jobs that make its inputs. Equal rule and wildcards mean the same job.
/// </summary>
public sealed class Job
{
    private readonly List<Job> _dependencies = [];

    internal Job(Rule rule, Wildcards wildcards, string workingDirectory)
    {
        Rule = rule;
        Wildcards = wildcards;
        WorkingDirectory = workingDirectory;
        Outputs = [.. rule.Outputs.Select(o => FullPath(o.Expand(wildcards)))];
        Inputs = [.. rule.Inputs(wildcards).Select(FullPath)];
        Log = rule.Log is null ? null : FullPath(rule.Log.Expand(wildcards));
    }

    public Rule Rule { get; }

    public Wildcards Wildcards { get; }

    public string WorkingDirectory { get; }

    public IReadOnlyList<string> Inputs { get; }

    public IReadOnlyList<string> Outputs { get; }

    public string? Log { get; }

    /// <summary>
    /// The cores the runner granted this job when it started it (Snakemake's <c>{threads}</c>):
    /// its rule's <see cref="Rule.Threads"/>, at most <c>-j</c>. An in-process kernel uses no more.
    /// </summary>
    public int Threads { get; internal set; } = 1;

    /// <summary>The jobs that make some of this job's inputs.</summary>
    public IReadOnlyList<Job> Dependencies => _dependencies;

    /// <summary>"count_words[book=pg10]", or the rule's name alone when it has no wildcards.</summary>
    public string Name => Wildcards.IsEmpty ? Rule.Name : $"{Rule.Name}[{Wildcards}]";

    /// <summary>The path as the user would write it: relative to the working directory when inside it.</summary>
    public string Display(string path) => WorkflowPaths.Display(WorkingDirectory, path);

    public override string ToString() => Name;

    internal void AddDependency(Job job)
    {
        if (!_dependencies.Contains(job))
        {
            _dependencies.Add(job);
        }
    }

    private string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
