using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.GlobalLock;
using ParallelLab.Paradigms.Http;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Engines;

/// <summary>
/// Every engine of the lab, by the work it does: the one place where a name becomes a call. The
/// command line's timing reports and the benchmark classes both take their engines from here, so
/// a new engine is its own code, one entry below, and (if wanted) one benchmark method. The
/// workflow's job modes are the exception: their family is the command line's
/// (<c>ParallelLab.Cli.Workflow.WorkflowEngines</c>), beside the workflow's rules.
/// </summary>
public static class EngineCatalogue
{
    /// <summary>Python threads under the global lock (CPython's default).</summary>
    public const string Gil = "gil";

    /// <summary>The same Python threads without the lock (free-threaded CPython, PEP 703).</summary>
    public const string NoGil = "nogil";

    /// <summary>A pool of blocking threads, one request each (the lesson's <c>ThreadPoolExecutor</c>).</summary>
    public const string Blocking = "blocking";

    /// <summary>async/await with bounded concurrency: no thread waits while a request is in flight.</summary>
    public const string Async = "async";

    /// <summary>The ACF cut by word (every engine) or by block of lags (the thread strategies).</summary>
    public static EngineFamily<AcfWorkload, double[]> Acf(AcfSplit split, TimeSpan? switchInterval = null) => split == AcfSplit.Words
        ? new("serial", w => w.Serial(), SameDoubles,
            [
                .. ThreadStrategies.All.Select(s => Engine.Of<AcfWorkload, double[]>(s.Name, (w, n) => ThreadedAcf.OverWords(w, s, n))),
                Engine.Of<AcfWorkload, double[]>(NoGil, (w, n) => PythonThreads.AcfOverWords(w, n, gil: null)),
                Engine.Of<AcfWorkload, double[]>(Gil, (w, n) => PythonThreads.AcfOverWords(w, n, Lock(switchInterval))),
            ],
            mergeStep: (w, n) =>
            {
                double[][] rows = ThreadedAcf.RowsOverWords(w, ThreadStrategies.ParallelFor, n);
                return () => w.Average(rows);
            })
        : new("serial", w => w.Serial(), SameDoubles,
            ThreadStrategies.All.Select(s => Engine.Of<AcfWorkload, double[]>(s.Name, (w, n) => ThreadedAcf.OverLags(w, s, n))),
            mergeStep: (w, n) =>
            {
                (Range, double[][])[] blocks = ThreadedAcf.LagBlocks(w, ThreadStrategies.ParallelFor, n);
                return () => w.AverageLagBlocks(blocks);
            });

    /// <summary>Word counts of a whole corpus: per-worker tables merged at the end (the thread strategies time the two phases apart).</summary>
    public static EngineFamily<WordCountWorkload, WordTable> WordCount(TimeSpan? switchInterval = null) => new(
        "serial",
        w => w.Serial(),
        SameEntries,
        [
            .. ThreadStrategies.All.Select(s => Engine.WithPhases<WordCountWorkload, WordTable>(s.Name, (w, n) =>
            {
                WordCountRun run = ThreadedWordCount.Run(w, s, n);
                return new(run.Table, [new Phase("count", run.Counting), new Phase("merge", run.Merging)]);
            })),
            Engine.Of<WordCountWorkload, WordTable>(NoGil, (w, n) => PythonThreads.WordCount(w, n, gil: null)),
            Engine.Of<WordCountWorkload, WordTable>(Gil, (w, n) => PythonThreads.WordCount(w, n, Lock(switchInterval))),
        ],
        mergeStep: (w, n) =>
        {
            IReadOnlyList<CorpusWordCounts> partials = ThreadedWordCount.CountPartials(w, ThreadStrategies.ParallelFor, n);
            return () => WordCountWorkload.Merge(partials, n);
        });

    /// <summary>I/O-bound clients against the book server: blocking threads, async/await, Python threads under the lock.</summary>
    public static EngineFamily<FetchWork, FetchedBook[]> Fetch { get; } = new(
        "sequential",
        f => IoClients.Sequential(f.Job, f.Books),
        FetchWork.SameResult,
        [
            Engine.Of<FetchWork, FetchedBook[]>(Blocking, (f, n) => IoClients.BlockingThreads(f.Job, f.Books, n)),
            // Waited for here, so every engine has one shape; the caller's one blocked thread is not among the n requests.
            Engine.Of<FetchWork, FetchedBook[]>(Async, (f, n) => IoClients.AsyncBounded(f.Job, f.Books, n).GetAwaiter().GetResult()),
            Engine.Of<FetchWork, FetchedBook[]>(Gil, (f, n) => IoClients.UnderGlobalLock(f.Job, f.Books, n, new GlobalInterpreterLock())),
        ]);

    /// <summary>The lesson's MPI ACF on simulated ranks, one engine per way of combining and kind of message ("p2p/objects").</summary>
    public static EngineFamily<AcfWorkload, double[]> Mpi { get; } = new(
        "serial",
        w => w.Serial(),
        SameDoubles,
        from combine in Enum.GetValues<AcfCombine>()
        from messages in Enum.GetValues<MessageKind>()
        select Engine.Of<AcfWorkload, double[]>(MpiName(combine, messages), (w, ranks) => InProcessMpi.Run(ranks, comm => MpiAcf.Run(comm, w, combine, messages))[0]!));

    public static string MpiName(AcfCombine combine, MessageKind messages) => $"{OptionNames.Combine.NameOf(combine)}/{OptionNames.Messages.NameOf(messages)}";

    /// <summary>
    /// The ACF on worker processes (map by word, or starmap by word and lag block), the text sent
    /// once or with every item ("pool/once", "pool/per-item"). Pools start before timing, one per
    /// worker count: <paramref name="poolWith"/> gives the running pool of N workers.
    /// </summary>
    public static EngineFamily<AcfWorkload, double[]> PoolAcf(Func<int, ProcessPool> poolWith, AcfSplit split, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(poolWith);
        return new("serial", w => w.Serial(), SameDoubles, Enum.GetValues<SharedArguments>().Select(mode =>
            Engine.Of<AcfWorkload, double[]>(PoolName(mode), (w, n) => split == AcfSplit.Words
                ? PoolWorkloads.AcfOverWords(poolWith(n), w, mode, chunkSize)
                : PoolWorkloads.AcfOverLags(poolWith(n), w, mode, chunkSize))));
    }

    public static string PoolName(SharedArguments mode) => $"pool/{OptionNames.Shared.NameOf(mode)}";

    /// <summary>Word counts on worker processes, one book per item, merged in the parent ("pool").</summary>
    public static EngineFamily<WordCountWorkload, WordTable> PoolWordCount(Func<int, ProcessPool> poolWith, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(poolWith);
        return new("serial", w => w.Serial(), SameEntries, [Engine.Of<WordCountWorkload, WordTable>("pool", (w, n) => PoolWorkloads.WordCount(poolWith(n), w, chunkSize))]);
    }

    private static GlobalInterpreterLock Lock(TimeSpan? switchInterval) => new(switchInterval ?? GlobalInterpreterLock.DefaultSwitchInterval);

    private static bool SameDoubles(double[] expected, double[] actual) => expected.AsSpan().SequenceEqual(actual);

    private static bool SameEntries(WordTable expected, WordTable actual) => expected.SameRows(actual);
}
