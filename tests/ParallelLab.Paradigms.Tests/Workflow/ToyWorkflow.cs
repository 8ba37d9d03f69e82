using ParallelLab.Paradigms.Workflow;
using ParallelLab.TestSupport;

namespace ParallelLab.Paradigms.Tests.Workflow;

/// <summary>
/// A two-step workflow in a temporary folder: <c>upper</c> turns each <c>src/{name}.txt</c> into
/// <c>out/{name}.up</c>; <c>join</c> concatenates them into <c>joined.txt</c>. Each step can be
/// swapped for a test's own kernel or command.
/// </summary>
internal sealed class ToyWorkflow : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public ToyWorkflow(params string[] names)
    {
        Names = names;
        Directory.CreateDirectory(_folder.File("src"));
        foreach (string name in names)
        {
            File.WriteAllText(Source(name), $"text of {name}\n");
        }
    }

    public IReadOnlyList<string> Names { get; }

    public string Root => _folder.Path;

    public Action<Job, TextWriter> UpperKernel { get; set; } = (job, log) =>
    {
        log.WriteLine($"upper {job.Wildcards["name"]}");
        File.WriteAllText(job.Outputs[0], File.ReadAllText(job.Inputs[0]).ToUpperInvariant());
    };

    public Func<Job, ProcessCommand>? UpperCommand { get; set; }

    /// <summary>The upper rule's <see cref="Rule.Threads"/>.</summary>
    public int UpperThreads { get; set; } = 1;

    public IReadOnlyList<string> Program { get; set; } = [];

    public string Source(string name) => _folder.File(Path.Combine("src", name + ".txt"));

    public string Upper(string name) => _folder.File(Path.Combine("out", name + ".up"));

    public string Joined => _folder.File("joined.txt");

    public IReadOnlyList<Rule> Rules() =>
    [
        new Rule
        {
            Name = "upper",
            Outputs = [new FilePattern("out/{name}.up")],
            Inputs = w => [$"src/{w["name"]}.txt"],
            Log = new FilePattern("logs/upper/{name}.log"),
            Kernel = UpperKernel,
            Command = UpperCommand,
            Threads = UpperThreads,
            Program = Program,
        },
        new Rule
        {
            Name = "join",
            Outputs = [new FilePattern("joined.txt")],
            Inputs = _ => [.. Names.Select(n => $"out/{n}.up")],
            Log = new FilePattern("logs/join.log"),
            Kernel = (job, _) => File.WriteAllText(job.Outputs[0], string.Concat(job.Inputs.Select(File.ReadAllText))),
            Program = Program,
        },
    ];

    public WorkflowDag Dag(params string[] targets) => WorkflowDag.Build(Rules(), targets.Length == 0 ? ["joined.txt"] : targets, Root);

    public WorkflowReport Run(int jobs = 1, JobMode mode = JobMode.InProcess, params string[] targets) =>
        WorkflowRunner.RunAsync(JobPlan.For(Dag(targets)), new WorkflowOptions(jobs, mode)).GetAwaiter().GetResult();

    /// <summary>
    /// Makes a file newer than every other, as an edit would: the others are first moved ten seconds
    /// back, more than any file system's time resolution, and the file gets the present time, so
    /// outputs written afterwards are newer again.
    /// </summary>
    public void Touch(string path)
    {
        foreach (string file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(-10));
        }

        File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
    }

    public void Dispose() => _folder.Dispose();
}
