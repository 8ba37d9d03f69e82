using ParallelLab.Cli.Mpi;
using ParallelLab.Cli.Timing;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab mpi</c>: the lesson's MPI word ACF (as its script, or as a timing report against
/// serial), and the MPI tools (check, hello, pingpong), on ranks simulated in this process or on
/// real MPICH ranks under <c>mpiexec.mpich</c>.
/// </summary>
internal static class MpiCommand
{
    private const string Simulated = "simulated";
    private const string Mpich = "mpich";

    public static Command Create(CommandContext context)
    {
        var ranks = new Option<int[]>("-n", "--ranks")
        {
            Description = "Rank counts to run, comma-separated (mpiexec -n).",
            Recursive = true,
            DefaultValueFactory = _ => [1, 2, 4],
            CustomParser = ListOptions.CountParser("--ranks"),
        };
        var command = new Command("mpi", "The lesson's MPI ACF and MPI tools: on real MPICH ranks under mpiexec.mpich, else on simulated ranks (threads that share nothing but messages).") { ranks };
        command.Subcommands.Add(Acf(context, ranks));
        command.Subcommands.Add(MpiCheckCommand.Create(context, ranks));
        command.Subcommands.Add(MpiToolsCommands.Hello(context, ranks));
        command.Subcommands.Add(MpiToolsCommands.PingPong(context, ranks));
        return command;
    }

    private static Command Acf(CommandContext context, Option<int[]> ranks)
    {
        var timing = TimingCommand.WithParentOption(ranks);
        var kernel = KernelOption.Create();
        var combine = ListOptions.Values("--combine", "How rows reach rank 0 (with BOOK DAT OUT, one of them; gather by default, as the lesson's script).", OptionNames.Combine);
        var messages = ListOptions.Values("--messages", "Message flavour (with BOOK DAT OUT, one of them; objects by default).", OptionNames.Messages);
        var backends = ListOptions.Names("--backend", "Where the timed ranks run: simulated (threads in this process) or mpich (whole mpiexec.mpich jobs, start-up included).", [Simulated, Mpich], [Simulated]);
        var script = new MpiAcfArguments();
        Command command = timing.Create(
            "acf",
            "The lesson's MPI ACF. With BOOK DAT OUT, as autocorrelation_mpi.py: on the ranks of mpiexec.mpich, or of --launch N, or N simulated ranks (-n N); rank 0 writes OUT. Without them, a timing report of the largest book's ACF on simulated ranks.",
            [kernel, combine.Option, messages.Option, backends, .. script.Options]);
        foreach (Argument argument in script.Files)
        {
            command.Arguments.Add(argument);
        }

        command.SetAction(parse =>
        {
            int exitCode = 0;
            int guarded = context.Guard(() => TimingCommand.Interruptibly(token =>
            {
                if (script.IsGiven(parse))
                {
                    exitCode = script.Run(context, parse, ranks, kernel, combine, messages, token);
                    return;
                }

                Report(context, parse, timing, kernel, combine, messages, backends, token);
            }));
            return guarded != 0 ? guarded : exitCode;
        });
        return command;
    }

    /// <summary>The timing report: every chosen engine at every rank count, against the serial kernel.</summary>
    private static void Report(CommandContext context, ParseResult parse, TimingCommand timing, Option<AcfKernel> kernel, ValuesOption<AcfCombine> combine, ValuesOption<MessageKind> messages, Option<string[]> backends, CancellationToken token)
    {
        BookCorpus corpus = timing.ResolveCorpus(parse);
        var workload = AcfWorkload.TopWords(Core.Text.Tokenizer.TokenizeFile(corpus.Largest.Path), parse.GetValue(kernel)!);
        EngineFamily<AcfWorkload, double[]> family = EngineCatalogue.Mpi;
        (AcfCombine Combine, MessageKind Messages)[] ways = [.. from c in combine.GetValues(parse) from m in messages.GetValues(parse) select (c, m)];
        string[] chosen = parse.GetValue(backends)!;
        MpichAcfJob? jobs = chosen.Contains(Mpich) ? new MpichAcfJob(corpus.Largest.Path) : null;
        try
        {
            IEnumerable<Engine<AcfWorkload, double[]>> simulated = chosen.Contains(Simulated) ? ways.Select(w => family[EngineCatalogue.MpiName(w.Combine, w.Messages)]) : [];
            IEnumerable<Engine<AcfWorkload, double[]>> mpich = jobs is null ? [] : ways.Select(w => Engine.Of<AcfWorkload, double[]>(
                $"{Mpich}/{EngineCatalogue.MpiName(w.Combine, w.Messages)}", (acf, ranks) => jobs.RunAcf(ranks, w.Combine, w.Messages, acf.Kernel)));
            timing.Report(
                context,
                parse,
                $"MPI ACF of {corpus.Largest.Name} ({workload.Words.Count} words, {workload.Timesteps} lags, {workload.Kernel.Name} kernel); engine = [mpich/]combine/messages (mpich: whole mpiexec.mpich jobs), workers = ranks",
                family,
                workload,
                [.. simulated, .. mpich],
                token);
        }
        finally
        {
            jobs?.DeleteFolder();
        }
    }
}
