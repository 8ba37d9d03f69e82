using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Http;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cli.Commands;

/// <summary><c>parallellab serve</c>: the I/O paradigm's book server on its own, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CommandContext context)
    {
        var corpusOption = CorpusOption.Create();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1; 0 picks a free one.", DefaultValueFactory = _ => 8080 }.InRange(0, 65535);
        var latency = new Option<int>("--latency-ms") { Description = "Delay before every response, in milliseconds.", DefaultValueFactory = _ => 50 }.InRange(0, 600_000);
        var bandwidth = new Option<int>("--bandwidth-kbps") { Description = "Cap each response at this many kilobytes per second (0: no cap).", DefaultValueFactory = _ => 0 }.InRange(0, int.MaxValue);
        var command = new Command("serve", "Serve the corpus's books over HTTP on loopback with injected latency, until Ctrl+C.")
        {
            corpusOption, port, latency, bandwidth,
        };
        command.SetAction((parse, cancellation) => context.GuardAsync(async () =>
        {
            BookCorpus corpus = CorpusLocator.Resolve(parse.GetValue(corpusOption));
            WordCountWorkload books = WordCountWorkload.Load(corpus);
            int kilobytesPerSecond = parse.GetValue(bandwidth);
            var options = new BookServerOptions
            {
                Port = parse.GetValue(port),
                Latency = TimeSpan.FromMilliseconds(parse.GetValue(latency)),
                BytesPerSecond = kilobytesPerSecond > 0 ? kilobytesPerSecond * 1000L : null,
            };
            await using BookServer server = await BookServer.StartAsync(books.ByName(), options, cancellation);
            using StopSignal stop = StopSignal.Listen(cancellation);
            string cap = options.BytesPerSecond is null ? "no bandwidth cap" : $"{kilobytesPerSecond} kB/s per response";
            await context.Output.WriteLineAsync($"serving {books.Books.Count} books from {corpus.Directory} at {server.BaseAddress}books/{{name}} ({options.Latency.TotalMilliseconds:0} ms latency, {cap}); Ctrl+C stops");
            await context.Output.FlushAsync(cancellation);
            await stop.WaitAsync();
            await context.Output.WriteLineAsync($"stopped after {server.Requests} book requests");
        }));
        return command;
    }
}
