using System.CommandLine;
using System.Globalization;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Runs;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cli.Commands;

/// <summary><c>parallellab pool acf|wordcount</c>: work on a pool of worker processes, start-up reported apart.</summary>
internal static class PoolCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("pool", "Run work on a pool of worker processes (multiprocessing.Pool), timed against serial.");
        command.Subcommands.Add(Acf(context));
        command.Subcommands.Add(WordCount(context));
        return command;
    }

    private static Command Acf(CommandContext context)
    {
        var corpusOption = CorpusOption.Create();
        var workers = ListOptions.Workers(atLeast: 4);
        var repeat = ThreadsCommand.Repeat();
        var chunk = Chunk();
        var kernel = KernelOption.Create();
        var split = new Option<AcfSplit>("--split") { Description = "Map over words, or starmap over (word, lag block).", DefaultValueFactory = _ => AcfSplit.Words };
        var shared = ListOptions.Names("--shared", "How the text reaches the workers.", ["once", "per-item"]);
        var command = new Command("acf", "The ACF of the largest book's top words on worker processes.") { corpusOption, workers, repeat, chunk, kernel, split, shared };
        command.SetAction(parse => context.Guard(() =>
        {
            BookCorpus corpus = CorpusLocator.Resolve(parse.GetValue(corpusOption));
            var workload = AcfWorkload.TopWords(Core.Text.Tokenizer.TokenizeFile(corpus.Largest.Path), AcfKernels.ByName(parse.GetValue(kernel)!));
            SharedArguments[] modes = [.. parse.GetValue(shared)!.Select(s => s == "once" ? SharedArguments.Once : SharedArguments.PerItem)];
            WithPools(context, parse.GetValue(workers)!, pools =>
            {
                int repetitions = parse.GetValue(repeat);
                IReadOnlyList<RunTiming> timings = ScalingMeasurement.Measure(
                    workload.Serial,
                    DistributedEngines.PoolAcf(workload, pools, parse.GetValue(split), modes, parse.GetValue(chunk)),
                    (a, b) => a.AsSpan().SequenceEqual(b),
                    repetitions,
                    TimingTable.Progress(context.Error));
                TimingTable.Write(context.Output, $"ACF of {corpus.Largest.Name} on worker processes ({workload.Kernel.Name} kernel, chunks of {parse.GetValue(chunk)})", timings, repetitions);
            });
        }));
        return command;
    }

    private static Command WordCount(CommandContext context)
    {
        var corpusOption = CorpusOption.Create();
        var workers = ListOptions.Workers(atLeast: 4);
        var repeat = ThreadsCommand.Repeat();
        var chunk = Chunk();
        var command = new Command("wordcount", "Word counts of the whole corpus, one book per item, merged in the parent.") { corpusOption, workers, repeat, chunk };
        command.SetAction(parse => context.Guard(() =>
        {
            BookCorpus corpus = CorpusLocator.Resolve(parse.GetValue(corpusOption));
            WordCountWorkload workload = WordCountWorkload.Load(corpus);
            WithPools(context, parse.GetValue(workers)!, pools =>
            {
                int repetitions = parse.GetValue(repeat);
                IReadOnlyList<RunTiming> timings = ScalingMeasurement.Measure(
                    workload.Serial,
                    DistributedEngines.PoolWordCount(workload, pools, parse.GetValue(chunk)),
                    (a, b) => a.AsSpan().SequenceEqual(b),
                    repetitions,
                    TimingTable.Progress(context.Error));
                TimingTable.Write(context.Output, $"Word count of {corpus.Books.Count} books on worker processes (chunks of {parse.GetValue(chunk)})", timings, repetitions);
            });
        }));
        return command;
    }

    /// <summary>Starts one pool per worker count, reports each start-up, runs the work, and stops them all.</summary>
    private static void WithPools(CommandContext context, int[] workerCounts, Action<IReadOnlyList<ProcessPool>> work)
    {
        var pools = new List<ProcessPool>();
        try
        {
            foreach (int workers in workerCounts)
            {
                ProcessPool pool = ProcessPool.Start(workers);
                pools.Add(pool);
                IReadOnlyList<TimeSpan> startups = pool.StartupTimes;
                context.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"started {workers} worker{(workers == 1 ? "" : "s")} (pids {string.Join(' ', pool.ProcessIds)}): start-up {startups.Min().TotalMilliseconds:F0}–{startups.Max().TotalMilliseconds:F0} ms each"));
            }

            context.Output.WriteLine();
            work(pools);
        }
        finally
        {
            foreach (ProcessPool pool in pools)
            {
                pool.Dispose();
            }
        }
    }

    private static Option<int> Chunk() =>
        new Option<int>("--chunk") { Description = "Items per message to a worker.", DefaultValueFactory = _ => 1 }.InRange(1, 1_000_000);
}
