using ParallelLab.Cli.Timing;
using ParallelLab.Cli.Workflow;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Workflow;

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
        timing.Workers.Aliases.Add("--jobs");
        timing.Workers.Aliases.Add("-j");
        var modes = ListOptions.Names("--modes", "Job modes to time.", WorkflowEngines.Family.Names);
        Command command = timing.CreateWithEngines(
            "time",
            "Time the workflow (every count_words job, then zipf_test) at each -j given by --workers, against the same files from a plain loop.",
            modes);
        command.SetAction(parse => context.Guard(() => TimingCommand.Interruptibly(token =>
        {
            BookCorpus corpus = timing.ResolveCorpus(parse);
            string[] chosen = parse.GetValue(modes)!;

            // Every book read and checked before anything runs, as the other timing reports load
            // theirs: a bad book is then one line, not a failed job after the progress lines.
            foreach (BookFile book in corpus.Books)
            {
                using Core.IO.RentedBytes checkedBook = Core.IO.InputFile.ReadAllBytesRented(book.Path, "book");
            }

            // Found before anything runs, so that a missing program is one line, not a failed job.
            string? program = chosen.Contains(WorkflowEngines.NameOf(JobMode.Processes)) ? CliProgram.Locate().Path : null;
            using var scratch = new WorkflowScratch(corpus, program, token);
            string startedProgram = program is null ? string.Empty : $"; process jobs start {program}";
            timing.Report(
                context,
                parse,
                $"Word-count workflow ({corpus.Books.Count} count_words jobs, then zipf_test) on {corpus.Books.Count} books ({corpus.TotalBytes / 1e6:F1} MB) in {corpus.Directory}\n"
                + $"workers = -j; speedup against the plain loop; outputs in {scratch.Folder}{startedProgram}",
                WorkflowEngines.Family,
                scratch,
                chosen.Select(name => WorkflowEngines.Family[name]),
                token);
        })));
        return command;
    }
}
