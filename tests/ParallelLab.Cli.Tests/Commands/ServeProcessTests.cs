using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ParallelLab.Cli.Tests.Commands;

/// <summary><c>parallellab serve</c> as a user runs it: a real process, stopped by SIGTERM.</summary>
public partial class ServeProcessTests(SmallCorpusDirectory corpus) : IClassFixture<SmallCorpusDirectory>
{
    [Fact]
    public async Task Serves_the_corpus_until_terminated_then_exits_cleanly()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "parallellab.dll"), "serve", "--corpus", corpus.Path, "--port", "0", "--latency-ms", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process server = Process.Start(start)!;
        try
        {
            string banner = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) ?? string.Empty;
            Match address = Address().Match(banner);
            Assert.True(address.Success, $"no address in '{banner}'");

            using var http = new HttpClient();
            byte[] book = await http.GetByteArrayAsync(new Uri(address.Value + "book01"));
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(corpus.Path, "book01.txt")), book);

            using (Process kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            string output = await server.StandardOutput.ReadToEndAsync();
            // What the server said, should it end otherwise (once in CI: exit 130, the interrupted commands' code).
            Assert.True(server.ExitCode == 0, $"exit {server.ExitCode}; output: {output}; errors: {await server.StandardError.ReadToEndAsync()}");
            Assert.Contains("stopped after 1 book requests", output, StringComparison.Ordinal);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill();
            }
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/books/")]
    private static partial Regex Address();
}
