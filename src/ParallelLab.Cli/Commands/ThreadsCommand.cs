using System.CommandLine;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Runs;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab threads acf|wordcount</c>: a timing report of the shared-memory engines (four
/// thread strategies and Python-style threads under a global lock) against serial.
/// </summary>
internal static class ThreadsCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("threads", "Time CPU-bound work on threads (Parallel.For, PLINQ, tasks, threads, and a GIL-like global lock) against serial.");
        command.Subcommands.Add(Acf(context));
        command.Subcommands.Add(WordCount(context));
        return command;
    }

    private static Command Acf(CommandContext context)
    {
        var corpusOption = CorpusOption.Create();
        var engines = ListOptions.Names("--engines", "Engines to time.", SharedMemoryEngines.Names);
        var workers = ListOptions.Workers(atLeast: 4);
        var repeat = Repeat();
        var kernel = KernelOption.Create();
        var split = new Option<AcfSplit>("--split") { Description = "Cut the work by word or by block of lags.", DefaultValueFactory = _ => AcfSplit.Words };
        var interval = SwitchInterval();
        var command = new Command("acf", "The ACF (16 top words, 100 lags) of the corpus's largest book.") { corpusOption, engines, workers, repeat, kernel, split, interval };
        command.SetAction(parse => context.Guard(() =>
        {
            BookCorpus corpus = CorpusLocator.Resolve(parse.GetValue(corpusOption));
            TokenizedBook book = Tokenizer.TokenizeFile(corpus.Largest.Path);
            var workload = AcfWorkload.TopWords(book, AcfKernels.ByName(parse.GetValue(kernel)!));
            AcfSplit by = parse.GetValue(split);
            string[] chosen = parse.GetValue(engines)!;
            if (by == AcfSplit.Lags && chosen.Contains(SharedMemoryEngines.GilEngine))
            {
                chosen = [.. chosen.Where(e => e != SharedMemoryEngines.GilEngine)];
                context.Error.WriteLine("note: the gil engine splits by word only; left out");
                if (chosen.Length == 0)
                {
                    throw new Core.IO.InputException("nothing to time: the gil engine cannot split by lag; choose --split words or other engines");
                }
            }

            int repetitions = parse.GetValue(repeat);
            IReadOnlyList<RunTiming> timings = ScalingMeasurement.Measure(
                workload.Serial,
                SharedMemoryEngines.Acf(workload, by, chosen, parse.GetValue(workers)!, TimeSpan.FromMilliseconds(parse.GetValue(interval))),
                (a, b) => a.AsSpan().SequenceEqual(b),
                repetitions,
                TimingTable.Progress(context.Error));
            TimingTable.Write(
                context.Output,
                $"ACF of {corpus.Largest.Name} ({book.TokenCount} words; {workload.Words.Count} top words, {workload.Timesteps} lags, {workload.Kernel.Name} kernel), split by {by.ToString().ToLowerInvariant()}",
                timings,
                repetitions);
        }));
        return command;
    }

    private static Command WordCount(CommandContext context)
    {
        var corpusOption = CorpusOption.Create();
        var engines = ListOptions.Names("--engines", "Engines to time.", SharedMemoryEngines.Names);
        var workers = ListOptions.Workers(atLeast: 4);
        var repeat = Repeat();
        var interval = SwitchInterval();
        var command = new Command("wordcount", "Word counts of the whole corpus: per-worker tables, merged at the end (the merge is timed apart).") { corpusOption, engines, workers, repeat, interval };
        command.SetAction(parse => context.Guard(() =>
        {
            BookCorpus corpus = CorpusLocator.Resolve(parse.GetValue(corpusOption));
            WordCountWorkload workload = WordCountWorkload.Load(corpus);
            int repetitions = parse.GetValue(repeat);
            IReadOnlyList<RunTiming> timings = ScalingMeasurement.Measure(
                workload.Serial,
                SharedMemoryEngines.WordCount(workload, parse.GetValue(engines)!, parse.GetValue(workers)!, TimeSpan.FromMilliseconds(parse.GetValue(interval))),
                (a, b) => a.AsSpan().SequenceEqual(b),
                repetitions,
                TimingTable.Progress(context.Error));
            TimingTable.Write(
                context.Output,
                $"Word count of {corpus.Books.Count} books ({corpus.TotalBytes / 1e6:F1} MB) in {corpus.Directory}",
                timings,
                repetitions);
        }));
        return command;
    }

    /// <summary>The gil engine's switch interval, as Python's <c>sys.setswitchinterval</c>.</summary>
    private static Option<double> SwitchInterval()
    {
        var option = new Option<double>("--switch-interval-ms") { Description = "The gil engine's switch interval (Python's default: 5 ms).", DefaultValueFactory = _ => 5.0 };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && double.TryParse(result.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out double ms) && !(ms >= 1 && ms <= 60_000))
            {
                // Monitor.Wait counts whole milliseconds; below 1 ms the waiter would only spin.
                result.AddError("--switch-interval-ms must be between 1 and 60000");
            }
        });
        return option;
    }

    public static Option<int> Repeat() =>
        new Option<int>("--repeat") { Description = "Runs per engine; the fastest counts.", DefaultValueFactory = _ => 3 }.InRange(1, 1000);
}
