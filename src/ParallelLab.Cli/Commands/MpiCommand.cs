using System.CommandLine;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Runs;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cli.Commands;

/// <summary><c>parallellab mpi -n 4 acf</c>: the lesson's MPI word ACF on simulated ranks, timed against serial.</summary>
internal static class MpiCommand
{
    public static Command Create(CommandContext context)
    {
        var ranks = new Option<int[]>("-n", "--ranks")
        {
            Description = "Rank counts to run, comma-separated (mpiexec -n).",
            Recursive = true,
            DefaultValueFactory = _ => [1, 2, 4],
            CustomParser = ListOptions.CountParser("--ranks"),
        };
        var command = new Command("mpi", "Run the ACF on simulated MPI ranks (threads that share nothing but messages).") { ranks };
        command.Subcommands.Add(Acf(context, ranks));
        return command;
    }

    private static Command Acf(CommandContext context, Option<int[]> ranks)
    {
        var corpusOption = CorpusOption.Create();
        var repeat = ThreadsCommand.Repeat();
        var kernel = KernelOption.Create();
        var combine = ListOptions.Names("--combine", "How rows reach rank 0.", ["p2p", "gather", "reduce"]);
        var messages = ListOptions.Names("--messages", "Message flavour.", ["objects", "buffers"]);
        var command = new Command("acf", "The lesson's MPI ACF of the largest book's top words: split evenly over ranks, combined on rank 0.")
        {
            corpusOption, repeat, kernel, combine, messages,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            BookCorpus corpus = CorpusLocator.Resolve(parse.GetValue(corpusOption));
            var workload = AcfWorkload.TopWords(Core.Text.Tokenizer.TokenizeFile(corpus.Largest.Path), AcfKernels.ByName(parse.GetValue(kernel)!));
            AcfCombine[] combines = [.. parse.GetValue(combine)!.Select(c => c switch { "p2p" => AcfCombine.PointToPoint, "gather" => AcfCombine.Gather, _ => AcfCombine.Reduce })];
            MessageKind[] kinds = [.. parse.GetValue(messages)!.Select(m => m == "objects" ? MessageKind.Objects : MessageKind.Buffers)];
            int repetitions = parse.GetValue(repeat);
            IReadOnlyList<RunTiming> timings = ScalingMeasurement.Measure(
                workload.Serial,
                DistributedEngines.MpiAcf(workload, combines, kinds, parse.GetValue(ranks)!),
                (a, b) => a.AsSpan().SequenceEqual(b),
                repetitions,
                TimingTable.Progress(context.Error));
            TimingTable.Write(
                context.Output,
                $"MPI ACF of {corpus.Largest.Name} ({workload.Words.Count} words, {workload.Timesteps} lags, {workload.Kernel.Name} kernel); engine = combine/messages, workers = ranks",
                timings,
                repetitions);
        }));
        return command;
    }
}
