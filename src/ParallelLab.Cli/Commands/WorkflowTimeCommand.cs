using ParallelLab.Cli.Timing;
using ParallelLab.Cli.Workflow;
using ParallelLab.Core.Corpus;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab workflow time</c>: the word-count workflow at each <c>-j</c> (<c>--workers</c>),
/// with its jobs in this process and as processes, against the same files from a plain loop, in
/// interleaved rounds as every timing report runs them, so that a machine whose speed drifts
/// touches every <c>-j</c> alike. The runs go to a scratch folder, removed at the end.
/// </summary>
internal static class WorkflowTimeCommand
{
    public static Command Create(CommandContext context)
    {
        var timing = TimingCommand.WithWorkers(atLeast: 4);
        var engines = ListOptions.Names("--engines", "Job modes to time.", WorkflowEngines.Family.Names);
        Command command = timing.CreateWithEngines(
            "time",
            "Time the workflow (every count_words job, then zipf_test) at each -j given by --workers, against the same files from a plain loop.",
            engines);
        command.SetAction(parse => context.Guard(() => TimingCommand.Interruptibly(token =>
        {
            BookCorpus corpus = timing.ResolveCorpus(parse);
            using var scratch = new WorkflowScratch(corpus, token);
            timing.Report(
                context,
                parse,
                $"Word-count workflow ({corpus.Books.Count} count_words jobs, then zipf_test) on {corpus.Books.Count} books ({corpus.TotalBytes / 1e6:F1} MB) in {corpus.Directory}; workers = -j",
                WorkflowEngines.Family,
                scratch,
                parse.GetValue(engines)!.Select(name => WorkflowEngines.Family[name]),
                token);
        })));
        return command;
    }
}
