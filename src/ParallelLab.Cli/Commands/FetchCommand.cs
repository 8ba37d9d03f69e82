using System.CommandLine;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Http;
using ParallelLab.Paradigms.Runs;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab fetch</c>: a timing report of I/O-bound clients (blocking thread pool, async,
/// threads under the global lock) fetching books from a loopback HTTP server, against sequential.
/// </summary>
internal static class FetchCommand
{
    public static Command Create(CommandContext context)
    {
        var corpusOption = CorpusOption.Create();
        var engines = ListOptions.Names("--clients", "Clients to time.", IoEngines.Names);
        var workers = ListOptions.Workers(atLeast: 16);
        var repeat = ThreadsCommand.Repeat();
        var books = new Option<int>("--books") { Description = "How many of the corpus's smallest books to fetch.", DefaultValueFactory = _ => 16 }.InRange(1, 100_000);
        var latency = new Option<int>("--latency-ms") { Description = "The server's delay before every response.", DefaultValueFactory = _ => 50 }.InRange(0, 60_000);
        var command = new Command("fetch", "Time fetching books over HTTP (a server on loopback with injected latency) and counting their words.")
        {
            corpusOption, engines, workers, repeat, books, latency,
        };
        command.SetAction((parse, cancellation) => context.GuardAsync(async () =>
        {
            BookCorpus corpus = CorpusLocator.Resolve(parse.GetValue(corpusOption));
            WordCountWorkload all = WordCountWorkload.Load(corpus);
            Dictionary<string, byte[]> served = all.ByName()
                .OrderBy(book => book.Value.Length)
                .Take(parse.GetValue(books))
                .ToDictionary(StringComparer.Ordinal);
            var options = new BookServerOptions { Latency = TimeSpan.FromMilliseconds(parse.GetValue(latency)) };
            await using BookServer server = await BookServer.StartAsync(served, options, cancellation);
            // Patient enough for the injected latency, whatever it is.
            using var client = new BookClient(server.BaseAddress, new FetchOptions { Timeout = options.Latency + TimeSpan.FromSeconds(10) });
            var job = new FetchAndCount(client);
            string[] names = [.. served.Keys.Order(StringComparer.Ordinal)];
            int repetitions = parse.GetValue(repeat);
            IReadOnlyList<RunTiming> timings = ScalingMeasurement.Measure(
                () => IoEngines.Sequential(job, names),
                IoEngines.Clients(job, names, parse.GetValue(engines)!, parse.GetValue(workers)!),
                IoEngines.SameResult,
                repetitions,
                TimingTable.Progress(context.Error),
                baseline: "sequential");
            TimingTable.Write(
                context.Output,
                $"Fetch and count {names.Length} books ({served.Values.Sum(b => (long)b.Length) / 1e3:F0} kB) from {server.BaseAddress} with {options.Latency.TotalMilliseconds:0} ms latency",
                timings,
                repetitions);
        }));
        return command;
    }
}
