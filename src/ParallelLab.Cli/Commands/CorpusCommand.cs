using System.Globalization;
using ParallelLab.Core.Corpus;

namespace ParallelLab.Cli.Commands;

/// <summary><c>parallellab corpus generate DIR</c> and <c>parallellab corpus info</c>.</summary>
internal static class CorpusCommand
{
    public static Command Create(CommandContext context) =>
        CommandGroup.Of("corpus", "Generate the built-in synthetic corpus, or show which corpus commands use.", Generate(context), Info(context));

    private static Command Generate(CommandContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "New (or empty) directory to write the books into." };
        var seed = new Option<ulong>("--seed") { Description = "Seed; the same seed always gives the same bytes.", DefaultValueFactory = _ => SyntheticCorpusOptions.DefaultSeed };
        var command = new Command("generate", "Write the seeded synthetic corpus (64 books, about 30 MB, Zipf–Mandelbrot words, bursty topics).") { directory, seed };
        command.SetAction(parse => context.Guard(() =>
        {
            var options = SyntheticCorpusOptions.Default with { Seed = parse.GetValue(seed) };
            string target = parse.GetValue(directory)!;
            SyntheticCorpus.Generate(target, options, new BookCounter(context.Error, options.BookCount));
            BookCorpus corpus = BookCorpus.Open(target);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {corpus.Books.Count} books, {corpus.TotalBytes / 1e6:F1} MB, to {corpus.Directory}"));
        }));
        return command;
    }

    private static Command Info(CommandContext context)
    {
        var corpusOption = CorpusOption.Create();
        var command = new Command("info", "Show the corpus that commands and benchmarks use, generating the built-in one if needed.") { corpusOption };
        command.SetAction(parse => context.Guard(() =>
        {
            BookCorpus corpus = CorpusLocator.Resolve(parse.GetValue(corpusOption), new BookCounter(context.Error, SyntheticCorpusOptions.Default.BookCount));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Directory}"));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"books: {corpus.Books.Count}, {corpus.TotalBytes / 1e6:F1} MB"));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"largest: {corpus.Largest.Name} ({corpus.Largest.Bytes / 1e6:F2} MB)"));
        }));
        return command;
    }

    /// <summary>Progress for corpus generation: one line per finished book on standard error.</summary>
    private sealed class BookCounter(TextWriter error, int total) : IProgress<string>
    {
        private int _done;

        public void Report(string value)
        {
            // Book names count; anything else is a note about the cache (a damaged one is made again).
            if (!value.EndsWith(".txt", StringComparison.Ordinal))
            {
                lock (error)
                {
                    error.WriteLine($"note: {value}");
                }

                return;
            }

            int done = Interlocked.Increment(ref _done);
            lock (error)
            {
                error.WriteLine($"generated {value} ({done}/{total})");
            }
        }
    }
}
