using System.Globalization;
using ParallelLab.Cli.Timing;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cli.Commands;

/// <summary><c>parallellab pool acf|wordcount</c>: work on a pool of worker processes, start-up reported apart.</summary>
internal static class PoolCommand
{
    public static Command Create(CommandContext context) =>
        CommandGroup.Of("pool", "Run work on a pool of worker processes (multiprocessing.Pool), timed against serial.", Acf(context), WordCount(context));

    /// <summary>Starts one pool per worker count, reports each start-up, runs the work with the pool of N workers at hand, and stops them all.</summary>
    private static void WithPools(CommandContext context, int[] workerCounts, Action<Func<int, ProcessPool>> work)
    {
        var pools = new Dictionary<int, ProcessPool>();
        try
        {
            foreach (int workers in workerCounts)
            {
                ProcessPool pool = ProcessPool.Start(workers);
                pools.Add(workers, pool);
                IReadOnlyList<TimeSpan> startups = pool.StartupTimes;
                context.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"started {workers} worker{(workers == 1 ? "" : "s")} (pids {string.Join(' ', pool.ProcessIds)}): start-up {startups.Min().TotalMilliseconds:F0}–{startups.Max().TotalMilliseconds:F0} ms each"));
            }

            context.Output.WriteLine();
            work(workers => pools[workers]);
        }
        finally
        {
            foreach (ProcessPool pool in pools.Values)
            {
                pool.Dispose();
            }
        }
    }

    private static Option<int> Chunk() =>
        new Option<int>("--chunk") { Description = "Items per message to a worker.", DefaultValueFactory = _ => 1 }.InRange(1, 1_000_000);

    private static Command WordCount(CommandContext context)
    {
        var timing = TimingCommand.WithWorkers(atLeast: 4);
        var chunk = Chunk();
        Command command = timing.Create("wordcount", "Word counts of the whole corpus, one book per item, merged in the parent.", chunk);
        command.SetAction(parse => context.Guard(() =>
        {
            BookCorpus corpus = timing.ResolveCorpus(parse);
            WordCountWorkload workload = WordCountWorkload.Load(corpus);
            WithPools(context, parse.GetValue(timing.Workers)!, poolWith =>
            {
                EngineFamily<WordCountWorkload, Core.WordCount.WordCountEntry[]> family = EngineCatalogue.PoolWordCount(poolWith, parse.GetValue(chunk));
                timing.Report(context, parse, $"Word count of {corpus.Books.Count} books on worker processes (chunks of {parse.GetValue(chunk)})", family, workload, family.Engines);
            });
        }));
        return command;
    }

    private static Command Acf(CommandContext context)
    {
        var timing = TimingCommand.WithWorkers(atLeast: 4);
        var chunk = Chunk();
        var kernel = KernelOption.Create();
        var split = SplitOption.Create("Map over words, or starmap over (word, lag block).");
        var shared = ListOptions.Values("--shared", "How the text reaches the workers.", OptionNames.Shared);
        Command command = timing.Create("acf", "The ACF of the largest book's top words on worker processes.", chunk, kernel, split, shared.Option);
        command.SetAction(parse => context.Guard(() =>
        {
            BookCorpus corpus = timing.ResolveCorpus(parse);
            var workload = AcfWorkload.TopWords(Core.Text.Tokenizer.TokenizeFile(corpus.Largest.Path), parse.GetValue(kernel)!);
            WithPools(context, parse.GetValue(timing.Workers)!, poolWith =>
            {
                EngineFamily<AcfWorkload, double[]> family = EngineCatalogue.PoolAcf(poolWith, parse.GetValue(split), parse.GetValue(chunk));
                timing.Report(
                    context,
                    parse,
                    $"ACF of {corpus.Largest.Name} on worker processes ({workload.Kernel.Name} kernel, chunks of {parse.GetValue(chunk)})",
                    family,
                    workload,
                    shared.GetValues(parse).Select(mode => family[EngineCatalogue.PoolName(mode)]));
            });
        }));
        return command;
    }
}
