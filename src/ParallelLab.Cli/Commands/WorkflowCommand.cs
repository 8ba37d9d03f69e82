using System.Globalization;
using ParallelLab.Cli.Workflow;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab workflow [-j N]</c>: the lesson's Snakemake workflow (a .dat per book, then
/// results.csv; ACF per book as the extension) on the lab's own job runner; <c>workflow time</c>
/// times it (<see cref="WorkflowTimeCommand"/>).
/// </summary>
internal static class WorkflowCommand
{
    public static Command Create(CommandContext context)
    {
        var jobs = new Option<int>("--jobs", "-j") { Description = "Run up to N jobs at once.", DefaultValueFactory = _ => 1 }.InRange(1, 1024);
        var corpusOption = CorpusOption.Create();
        var targets = new Option<string[]>("--target", "-t")
        {
            Description = $"Files to make, or rule names ('{WordCountWorkflow.AllTarget}': results.csv and every book's ACF).",
            DefaultValueFactory = _ => [WordCountWorkflow.ResultsTarget],
            AllowMultipleArgumentsPerToken = true,
        };
        var directory = new Option<string>("--directory", "-d") { Description = "Working directory: outputs and logs go under it.", DefaultValueFactory = _ => "." };
        var inProcess = new Option<bool>("--in-process") { Description = "Run each job as a kernel call in this process instead of a 'parallellab' process." };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "List the jobs that would run, and why, without running them." };
        var forceAll = new Option<bool>("--forceall", "-F") { Description = "Run every job, even those whose outputs are up to date." };
        var dag = new Option<bool>("--dag") { Description = "Print the job graph as Graphviz DOT (render with 'dot -Tsvg') and run nothing." };
        var deleteAll = new Option<bool>("--delete-all-output") { Description = "Delete every output and log the targets' jobs make (with --dry-run: list them)." };
        var kernel = KernelOption.Create("ACF kernel for the acf rule.");

        var command = new Command("workflow", "Run the word-count workflow (count_words per book, zipf_test, acf) as a DAG of jobs, -j N at a time, as Snakemake would.")
        {
            jobs, corpusOption, targets, directory, inProcess, dryRun, forceAll, dag, deleteAll, kernel,
        };
        command.Subcommands.Add(WorkflowTimeCommand.Create(context));
        command.SetAction((parse, _) => context.GuardAsync(async () =>
        {
            BookCorpus corpus = CorpusLocator.Resolve(parse.GetValue(corpusOption));
            string workingDirectory = parse.GetValue(directory)!;
            if (!Directory.Exists(workingDirectory))
            {
                throw new Core.IO.InputException(File.Exists(workingDirectory)
                    ? $"working directory '{workingDirectory}' is a file, not a directory"
                    : $"working directory '{workingDirectory}' does not exist");
            }

            IReadOnlyList<Rule> rules = WordCountWorkflow.Rules(corpus, parse.GetValue(kernel)!);
            WorkflowDag graph = WorkflowDag.Build(rules, parse.GetValue(targets)!, workingDirectory);
            JobPlan plan = JobPlan.For(graph, parse.GetValue(forceAll));
            if (parse.GetValue(dag))
            {
                await context.Output.WriteAsync(DagDot.Render(plan)).ConfigureAwait(false);
            }
            else if (parse.GetValue(deleteAll))
            {
                DeleteAllOutput(context, graph, parse.GetValue(dryRun));
            }
            else if (parse.GetValue(dryRun))
            {
                DryRun(context, plan);
            }
            else
            {
                var options = new WorkflowOptions(parse.GetValue(jobs), parse.GetValue(inProcess) ? JobMode.InProcess : JobMode.Processes);
                await RunAsync(context, plan, options).ConfigureAwait(false);
            }
        }));
        return command;
    }

    private static async Task RunAsync(CommandContext context, JobPlan plan, WorkflowOptions options)
    {
        if (plan.ToRun.Count == 0)
        {
            await context.Output.WriteLineAsync($"nothing to be done: all {plan.Dag.Jobs.Count} jobs are up to date").ConfigureAwait(false);
            return;
        }

        using var interruption = new Interruption();
        try
        {
            WorkflowReport report = await WorkflowRunner.RunAsync(plan, options, new ErrorLines<JobProgress>(context.Error, ProgressLine), interruption.Token).ConfigureAwait(false);
            string mode = WorkflowEngines.NameOf(options.Mode);
            await context.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"ran {report.Ran.Count} of {report.TotalJobs} jobs ({report.UpToDate} up to date) in {report.Elapsed.TotalSeconds:F2} s, -j {options.Jobs}, {mode}")).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("parallellab: finished outputs kept, unfinished ones removed").ConfigureAwait(false);
            throw;
        }
    }

    private static void DryRun(CommandContext context, JobPlan plan)
    {
        foreach (Job job in plan.ToRun)
        {
            context.Output.WriteLine($"{job.Name}: {plan.Reason(job)}");
        }

        context.Output.WriteLine($"would run {plan.ToRun.Count} of {plan.Dag.Jobs.Count} jobs ({plan.UpToDate} up to date)");
    }

    private static void DeleteAllOutput(CommandContext context, WorkflowDag graph, bool dryRun)
    {
        IReadOnlyList<string> files = WorkflowCleaner.DeleteAllOutput(graph, dryRun);
        foreach (string file in files)
        {
            context.Output.WriteLine(dryRun ? $"would delete {file}" : $"deleted {file}");
        }

        context.Output.WriteLine(dryRun ? $"would delete {files.Count} files" : $"deleted {files.Count} files");
    }

    /// <summary>One line per job start, end or failure: "[3/65] done  count_words[book=pg10] (0.21 s)".</summary>
    private static string ProgressLine(JobProgress value) => value.Kind switch
    {
        JobProgressKind.Started => $"[{value.Finished}/{value.Total}] start {value.Job.Name}: {value.Detail}",
        JobProgressKind.Finished => $"[{value.Finished}/{value.Total}] done  {value.Job.Name} ({value.Detail})",
        _ => $"[{value.Finished}/{value.Total}] FAILED {value.Job.Name}: {value.Detail}",
    };
}
