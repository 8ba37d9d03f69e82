using System.Globalization;
using ParallelLab.Cli.Timing;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cli.Commands;

/// <summary><c>parallellab pool acf|wordcount</c>: work on a pool of worker processes, start-up reported apart; <c>pool startup</c>: the start-up alone.</summary>
internal static class PoolCommand
{
    public static Command Create(CommandContext context) =>
        CommandGroup.Of("pool", "Run work on a pool of worker processes (multiprocessing.Pool), timed against serial; or time the pool's start-up.", Acf(context), WordCount(context), Startup(context));

    /// <summary>A worker process's footprint, taken high: the runtime (~26 MB measured) and its share of the text.</summary>
    private const long BytesPerWorker = 64L << 20;

    /// <summary>
    /// Refuses worker counts that cannot help or cannot fit before any process starts: more
    /// workers than items leaves the extra ones idle, and more than the memory holds would push the
    /// machine into swap (1000 workers need about 60 GB). Many more workers than cores is allowed
    /// (oversubscription is worth measuring) with a note.
    /// </summary>
    private static void CheckWorkerCounts(CommandContext context, int[] workerCounts, int items, string itemName)
    {
        foreach (int workers in workerCounts)
        {
            if (workers > items)
            {
                throw new Core.IO.InputException($"--workers {workers}: there are only {items} {itemName} to share, so at most {items} workers can be busy; ask for {items} or fewer");
            }
        }

        CheckWorkersFit(context, workerCounts);
    }

    /// <summary>Refuses more workers than the memory holds, and notes many more than cores.</summary>
    private static void CheckWorkersFit(CommandContext context, int[] workerCounts)
    {
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        int fit = (int)Math.Max(1, Math.Min(int.MaxValue, available / BytesPerWorker));
        foreach (int workers in workerCounts)
        {
            if (workers > fit)
            {
                throw new Core.IO.InputException(string.Create(CultureInfo.InvariantCulture, $"--workers {workers}: {workers} processes need about {workers * (double)BytesPerWorker / 1e9:F0} GB and this machine has {available / 1e9:F0} GB; at most {fit}"));
            }
        }

        int many = workerCounts.Max();
        if (many > 4 * Environment.ProcessorCount)
        {
            context.Error.WriteLine($"note: {many} workers on {Environment.ProcessorCount} cores: they take turns on the cores");
        }
    }

    /// <summary>Starts one pool per worker count, reports each start-up, runs the work with the pool of N workers at hand, and stops them all.</summary>
    private static void WithPools(CommandContext context, int[] workerCounts, Action<Func<int, ProcessPool>> work, CancellationToken cancellationToken)
    {
        var pools = new Dictionary<int, ProcessPool>();

        // On Ctrl+C or SIGTERM the workers are stopped at once, whatever item they are on: the run
        // that used them fails, and that failure is the interruption.
        using CancellationTokenRegistration stop = cancellationToken.Register(() =>
        {
            lock (pools)
            {
                foreach (ProcessPool pool in pools.Values)
                {
                    pool.Terminate();
                }
            }
        });
        try
        {
            foreach (int workers in workerCounts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ProcessPool pool = ProcessPool.Start(workers);
                lock (pools)
                {
                    pools.Add(workers, pool);
                }

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
            lock (pools)
            {
                foreach (ProcessPool pool in pools.Values)
                {
                    pool.Dispose();
                }
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
        command.SetAction(parse => context.Guard(() => TimingCommand.Interruptibly(token =>
        {
            BookCorpus corpus = timing.ResolveCorpus(parse);
            WordCountWorkload workload = WordCountWorkload.Load(corpus);
            CheckWorkerCounts(context, parse.GetValue(timing.Workers)!, workload.Books.Count, "books");
            WithPools(context, parse.GetValue(timing.Workers)!, poolWith =>
            {
                EngineFamily<WordCountWorkload, Core.WordCount.WordTable> family = EngineCatalogue.PoolWordCount(poolWith, parse.GetValue(chunk));
                timing.Report(context, parse, $"Word count of {corpus.Books.Count} books on worker processes (chunks of {parse.GetValue(chunk)})", family, workload, family.Engines, token);
            },
            token);
        })));
        return command;
    }

    /// <summary>
    /// <c>pool startup</c>: what a pool costs before any work, at each worker count (the
    /// <c>PoolStartup</c> benchmark's measure, as a quick report): start N workers at once, wait
    /// until each says it is ready, stop them and wait until each has exited. Beside it, in the
    /// same rounds, the same programs started bare (<see cref="ProcessPool.RunBareWorkers"/>):
    /// the machine's floor, so that the pool's own share shows.
    /// </summary>
    private static Command Startup(CommandContext context)
    {
        Option<int[]> workers = ListOptions.Workers(atLeast: 4);
        Option<int> repeat = new Option<int>("--repeat") { Description = "Timed runs per worker count; the median counts.", DefaultValueFactory = _ => 50 }.InRange(1, 1000);
        var command = new Command("startup", "Time starting and stopping a pool of N worker processes, the cost paid before any work.") { workers, repeat };
        command.SetAction(parse => context.Guard(() => TimingCommand.Interruptibly(token =>
        {
            int[] counts = parse.GetValue(workers)!;
            CheckWorkersFit(context, counts);
            int repetitions = parse.GetValue(repeat);
            IReadOnlyList<StartupTiming> timings = StartupMeasurement.Measure(
                counts,
                repetitions,
                count => ProcessPool.Start(count).Dispose(),
                count => ProcessPool.RunBareWorkers(count),
                TimingTable.Progress(context.Error),
                token);
            StartupTable.Write(context.Output, $"Start-up of a pool of worker processes ({Path.GetFileName(ProcessPool.WorkerProgram())}): started at once, each until ready, then stopped", timings, repetitions);
        })));
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
        command.SetAction(parse => context.Guard(() => TimingCommand.Interruptibly(token =>
        {
            BookCorpus corpus = timing.ResolveCorpus(parse);
            var workload = AcfWorkload.TopWords(Core.Text.Tokenizer.TokenizeFile(corpus.Largest.Path), parse.GetValue(kernel)!);
            (int items, string itemName) = parse.GetValue(split) == AcfSplit.Words
                ? (workload.Words.Count, "words")
                : (workload.Words.Count * workload.Timesteps, "(word, lag) items");
            CheckWorkerCounts(context, parse.GetValue(timing.Workers)!, items, itemName);
            WithPools(context, parse.GetValue(timing.Workers)!, poolWith =>
            {
                EngineFamily<AcfWorkload, double[]> family = EngineCatalogue.PoolAcf(poolWith, parse.GetValue(split), parse.GetValue(chunk));
                timing.Report(
                    context,
                    parse,
                    $"ACF of {corpus.Largest.Name} on worker processes ({workload.Kernel.Name} kernel, chunks of {parse.GetValue(chunk)})",
                    family,
                    workload,
                    shared.GetValues(parse).Select(mode => family[EngineCatalogue.PoolName(mode)]),
                    token);
            },
            token);
        })));
        return command;
    }
}
