namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// The jobs needed for some targets, found as Snakemake finds them: from each wanted file back to
/// the rule whose output pattern matches it, then to that job's inputs, until every input is a
/// file that exists and no rule makes. <see cref="Jobs"/> lists dependencies before dependents.
/// </summary>
public sealed class WorkflowDag
{
    private readonly IReadOnlyList<Rule> _rules;
    private readonly Dictionary<(Rule Rule, Wildcards Wildcards), Job> _jobs = [];
    private readonly HashSet<Job> _visiting = [];
    private readonly List<Job> _ordered = [];

    private WorkflowDag(IReadOnlyList<Rule> rules, string workingDirectory)
    {
        _rules = rules;
        WorkingDirectory = workingDirectory;
    }

    public string WorkingDirectory { get; }

    /// <summary>Every job, each after all the jobs it depends on.</summary>
    public IReadOnlyList<Job> Jobs => _ordered;

    /// <summary>
    /// Targets are files (relative to <paramref name="workingDirectory"/> or absolute) or names of
    /// rules whose outputs have no wildcards; a rule without outputs stands for its inputs.
    /// </summary>
    public static WorkflowDag Build(IReadOnlyList<Rule> rules, IEnumerable<string> targets, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(targets);
        var duplicate = rules.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"two rules are named '{duplicate.Key}'", nameof(rules));
        }

        var dag = new WorkflowDag(rules, Path.GetFullPath(workingDirectory));
        foreach (string target in targets)
        {
            dag.AddTarget(target);
        }

        return dag;
    }

    private void AddTarget(string target)
    {
        Rule? named = _rules.FirstOrDefault(r => r.Name == target);
        if (named is not null)
        {
            if (named.Outputs.Any(o => o.HasWildcards))
            {
                throw new ParadigmException($"target rule '{target}' has wildcards in its outputs; ask for one of its files instead");
            }

            IEnumerable<string> files = named.Outputs.Count > 0
                ? named.Outputs.Select(o => o.Pattern)
                : named.Inputs(Wildcards.None);
            foreach (string file in files)
            {
                RequireFile(Path.GetFullPath(file, WorkingDirectory), neededBy: null);
            }

            return;
        }

        RequireFile(Path.GetFullPath(target, WorkingDirectory), neededBy: null);
    }

    /// <summary>The job that makes <paramref name="path"/>, or null when the file is a source that exists.</summary>
    private Job? RequireFile(string path, Job? neededBy)
    {
        Job? producer = ProducerOf(path);
        if (producer is null && !File.Exists(path))
        {
            throw new ParadigmException(neededBy is null
                ? $"no rule makes target '{Relative(path)}', and it does not exist"
                : $"missing input '{Relative(path)}' of job {neededBy.Name}: no rule makes it, and it does not exist");
        }

        return producer;
    }

    private Job? ProducerOf(string path)
    {
        string relative = Path.GetRelativePath(WorkingDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
        var matches = new List<(Rule Rule, Wildcards Wildcards)>();
        foreach (Rule rule in _rules)
        {
            foreach (FilePattern output in rule.Outputs)
            {
                if (output.TryMatch(relative, out Wildcards wildcards))
                {
                    matches.Add((rule, wildcards));
                    break;
                }
            }
        }

        if (matches.Count > 1)
        {
            throw new ParadigmException($"rules {string.Join(" and ", matches.Select(m => m.Rule.Name))} both make '{relative}'");
        }

        return matches.Count == 0 ? null : JobFor(matches[0].Rule, matches[0].Wildcards);
    }

    private Job JobFor(Rule rule, Wildcards wildcards)
    {
        if (_jobs.TryGetValue((rule, wildcards), out Job? existing))
        {
            if (_visiting.Contains(existing))
            {
                throw new ParadigmException($"job {existing.Name} depends on its own output (a cycle)");
            }

            return existing;
        }

        var job = new Job(rule, wildcards, WorkingDirectory);
        _jobs.Add((rule, wildcards), job);
        _visiting.Add(job);
        foreach (string input in job.Inputs)
        {
            Job? dependency = RequireFile(input, neededBy: job);
            if (dependency is not null)
            {
                job.AddDependency(dependency);
            }
        }

        _visiting.Remove(job);
        _ordered.Add(job);
        return job;
    }

    private string Relative(string path) => WorkflowPaths.Display(WorkingDirectory, path);
}
