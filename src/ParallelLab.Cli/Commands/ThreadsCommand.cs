using ParallelLab.Cli.Timing;
using ParallelLab.Core.Corpus;
using ParallelLab.Core.Text;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab threads acf|wordcount</c>: a timing report of the shared-memory engines (five
/// thread strategies, and Python-style threads with and without a global lock) against serial.
/// </summary>
internal static class ThreadsCommand
{
    public static Command Create(CommandContext context) =>
        CommandGroup.Of("threads", "Time CPU-bound work on threads (Parallel.For, Parallel.ForEach, PLINQ, tasks, threads, and Python threads with and without a GIL-like global lock) against serial.", Acf(context), WordCount(context));

    private static Command Acf(CommandContext context)
    {
        var timing = TimingCommand.WithWorkers(atLeast: 4);
        IReadOnlyList<string> known = EngineCatalogue.Acf(AcfSplit.Words).Names;
        var engines = ListOptions.Names("--engines", "Engines to time.", known);
        var kernel = KernelOption.Create();
        var split = SplitOption.Create("Cut the work by word or by block of lags.");
        var interval = SwitchInterval();
        Command command = timing.CreateWithEngines("acf", "The ACF (16 top words, 100 lags) of the corpus's largest book.", engines, kernel, split, interval);
        command.SetAction(parse => context.Guard(() => TimingCommand.Interruptibly(token =>
        {
            BookCorpus corpus = timing.ResolveCorpus(parse);
            TokenizedBook book = Tokenizer.TokenizeFile(corpus.Largest.Path);
            var workload = AcfWorkload.TopWords(book, parse.GetValue(kernel)!);
            AcfSplit by = parse.GetValue(split);
            EngineFamily<AcfWorkload, double[]> family = EngineCatalogue.Acf(by, TimeSpan.FromMilliseconds(parse.GetValue(interval)));
            string[] chosen = parse.GetValue(engines)!;
            string[] byWordOnly = [.. chosen.Where(e => !family.Names.Contains(e))];
            if (byWordOnly.Length > 0)
            {
                context.Error.WriteLine($"note: {string.Join(", ", byWordOnly)} split{(byWordOnly.Length == 1 ? "s" : "")} by word only; left out");
                chosen = [.. chosen.Except(byWordOnly)];
                if (chosen.Length == 0)
                {
                    throw new Core.IO.InputException($"nothing to time: {string.Join(", ", byWordOnly)} cannot split by lag; choose --split words or other engines");
                }
            }

            timing.Report(
                context,
                parse,
                $"ACF of {corpus.Largest.Name} ({book.TokenCount} words; {workload.Words.Count} top words, {workload.Timesteps} lags, {workload.Kernel.Name} kernel), split by {by.ToString().ToLowerInvariant()}",
                family,
                workload,
                chosen.Select(name => family[name]),
                token);
        })));
        return command;
    }

    private static Command WordCount(CommandContext context)
    {
        var timing = TimingCommand.WithWorkers(atLeast: 4);
        var engines = ListOptions.Names("--engines", "Engines to time.", EngineCatalogue.WordCount().Names);
        var interval = SwitchInterval();
        Command command = timing.CreateWithEngines("wordcount", "Word counts of the whole corpus: per-worker tables, merged at the end (the merge is timed apart).", engines, interval);
        command.SetAction(parse => context.Guard(() => TimingCommand.Interruptibly(token =>
        {
            BookCorpus corpus = timing.ResolveCorpus(parse);
            EngineFamily<WordCountWorkload, Core.WordCount.WordTable> family = EngineCatalogue.WordCount(TimeSpan.FromMilliseconds(parse.GetValue(interval)));
            timing.Report(
                context,
                parse,
                $"Word count of {corpus.Books.Count} books ({corpus.TotalBytes / 1e6:F1} MB) in {corpus.Directory}",
                family,
                WordCountWorkload.Load(corpus),
                parse.GetValue(engines)!.Select(name => family[name]),
                token);
        })));
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
}
