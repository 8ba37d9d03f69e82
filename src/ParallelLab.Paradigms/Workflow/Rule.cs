namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// One step of a workflow, as in a Snakefile: the files it makes (patterns with wildcards), the
/// files it needs (given the wildcards), an optional log, and how to make the outputs: a
/// <see cref="Command"/> run as a process, a <see cref="Kernel"/> run in this process, or both,
/// so the two costs can be compared on the same step. A rule with no outputs (Snakemake's
/// <c>rule all</c>) only names targets: asking for it asks for its inputs.
/// </summary>
public sealed class Rule
{
    public required string Name { get; init; }

    public IReadOnlyList<FilePattern> Outputs { get; init; } = [];

    /// <summary>The job's inputs, given its wildcards; paths relative to the working directory or absolute.</summary>
    public Func<Wildcards, IReadOnlyList<string>> Inputs { get; init; } = _ => [];

    public FilePattern? Log { get; init; }

    public Func<Job, ProcessCommand>? Command { get; init; }

    /// <summary>
    /// The most cores a job of this rule can use, as Snakemake's <c>threads:</c>: the runner grants
    /// it <c>min(Threads, -j)</c> of its <c>-j</c> slots (<see cref="Job.Threads"/>), and starts other
    /// jobs only in the slots left. <see cref="AllCores"/> asks for every slot.
    /// </summary>
    public int Threads
    {
        get => _threads;
        init => _threads = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Threads), value, "a job needs at least one thread");
    }

    private readonly int _threads = 1;

    /// <summary>As many threads as <c>-j</c> allows (Snakemake's <c>threads: workflow.cores</c>).</summary>
    public const int AllCores = int.MaxValue;

    /// <summary>The in-process step; it writes its outputs itself and may write to the job's log.</summary>
    public Action<Job, TextWriter>? Kernel { get; init; }

    /// <summary>
    /// Files of the program that makes the outputs: an output older than any of them is out of
    /// date, as Snakemake treats a changed script listed among a rule's inputs.
    /// </summary>
    public IReadOnlyList<string> Program { get; init; } = [];

    public override string ToString() => Name;
}
