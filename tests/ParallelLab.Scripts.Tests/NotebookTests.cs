using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ParallelLab.Scripts.Tests;

/// <summary>
/// The engines notebook (notebooks/engines.ipynb), run headless by dotnet-repl (pinned in the
/// local tool manifest) as a user runs it, so that it cannot rot: every cell runs without error,
/// the ACF on 1, 2 and 4 MPI engines equals serial (the notebook checks it), and the plot is drawn.
/// </summary>
[Collection(CheckoutBuilds.Name)]
public sealed class NotebookTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);

    private readonly string _folder = Directory.CreateTempSubdirectory("plab-notebook-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_engines_notebook_runs_headless_with_every_cell_ok()
    {
        Run(ScriptRun.Root, "dotnet", "build", "-c", "Release", "-v", "quiet", "-nologo", "src/ParallelLab.Cli/ParallelLab.Cli.csproj");
        Run(ScriptRun.Root, "dotnet", "tool", "restore");
        string book = Path.Combine(_folder, "book.txt");
        var random = new Random(16);
        string[] words = "the cat sat on a mat and dog ran far away from home while birds sang in trees".Split(' ');
        File.WriteAllText(book, string.Join(' ', Enumerable.Range(0, 20_000).Select(_ => words[random.Next(words.Length)])));
        string executed = Path.Combine(_folder, "engines.ipynb");

        Run(Path.Combine(ScriptRun.Root, "notebooks"), "dotnet", "repl", "--run", "engines.ipynb", "--exit-after-run", "--output-path", executed);

        JsonNode[] outputs = [.. JsonNode.Parse(File.ReadAllText(executed))!["cells"]!.AsArray()
            .Where(cell => (string?)cell!["cell_type"] == "code")
            .SelectMany(cell => cell!["outputs"]!.AsArray())
            .Select(output => output!)];
        string[] errors = [.. outputs.Where(o => (string?)o["output_type"] == "error").Select(o => $"{o["ename"]}: {o["evalue"]}")];
        Assert.True(errors.Length == 0, string.Join('\n', errors));
        string printed = string.Concat(outputs.Where(o => (string?)o["output_type"] == "stream").SelectMany(o => o["text"]!.AsArray().Select(t => (string?)t)));
        Assert.Matches(@"book\.txt: 16 words, 100 lags; serial \d+ ms", printed);
        // MPI engines where MPICH is installed (CI installs it), local engines elsewhere.
        string launcher = File.Exists("/usr/bin/mpiexec.mpich") ? "Mpi" : "Local";
        foreach (int engines in new[] { 1, 2, 4 })
        {
            Assert.Matches($@"{engines} engines \({launcher}\): +\d+ ms  speedup \d+\.\d\d  efficiency \d+\.\d\d", printed);
        }

        Assert.Contains(outputs, o => o["data"]?["image/svg+xml"] is not null);
        string svg = File.ReadAllText(Path.Combine(_folder, "engines-speedup.svg"));
        Assert.Contains("The ACF on engines", svg, StringComparison.Ordinal);
        Assert.Contains(">efficiency<", svg.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private void Run(string directory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PARALLELLAB_NOTEBOOK_BOOK"] = Path.Combine(_folder, "book.txt");
        start.Environment["PARALLELLAB_NOTEBOOK_OUTPUT"] = _folder;
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran longer than {Patience}");
        }

        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: exit {process.ExitCode}\n{output.Result}\n{error.Result}");
    }
}
