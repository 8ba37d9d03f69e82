using ParallelLab.Cli.Timing;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Http;
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
        var timing = TimingCommand.WithWorkers(atLeast: 16);
        EngineFamily<FetchWork, FetchedBook[]> family = EngineCatalogue.Fetch;
        var engines = ListOptions.Names("--clients", "Clients to time.", family.Names);
        var books = new Option<int>("--books") { Description = "How many of the corpus's smallest books to fetch.", DefaultValueFactory = _ => 16 }.InRange(1, 100_000);
        var latency = new Option<int>("--latency-ms") { Description = "The server's delay before every response.", DefaultValueFactory = _ => 50 }.InRange(0, 60_000);
        Command command = timing.CreateWithEngines("fetch", "Time fetching books over HTTP (a server on loopback with injected latency) and counting their words.", engines, books, latency);
        command.SetAction((parse, cancellation) => context.GuardAsync(async () =>
        {
            BookCorpus corpus = timing.ResolveCorpus(parse);
            Dictionary<string, byte[]> served = WordCountWorkload.Load(corpus).ByName()
                .OrderBy(book => book.Value.Length)
                .Take(parse.GetValue(books))
                .ToDictionary(StringComparer.Ordinal);
            var options = new BookServerOptions { Latency = TimeSpan.FromMilliseconds(parse.GetValue(latency)) };
            await using BookServer server = await BookServer.StartAsync(served, options, cancellation);
            // Patient enough for the injected latency, whatever it is.
            using var client = new BookClient(server.BaseAddress, new FetchOptions { Timeout = options.Latency + TimeSpan.FromSeconds(10) });
            var work = new FetchWork(new FetchAndCount(client), [.. served.Keys.Order(StringComparer.Ordinal)]);
            TimingCommand.Interruptibly(token => timing.Report(
                context,
                parse,
                $"Fetch and count {work.Books.Count} books ({served.Values.Sum(b => (long)b.Length) / 1e3:F0} kB) from {server.BaseAddress} with {options.Latency.TotalMilliseconds:0} ms latency",
                family,
                work,
                parse.GetValue(engines)!.Select(name => family[name]),
                token));
        }));
        return command;
    }
}
