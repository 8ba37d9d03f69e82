using System.Text.RegularExpressions;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.History;

/// <summary>
/// The CI workflow to copy (.github/workflows/benchmarks.yml) cannot run here (GitHub is not
/// reachable), so it may only call what the tests run: every <c>parallellab</c> command line in it
/// must parse with this CLI's own parser, and every option it gives run-benchmarks.sh must be one
/// the script documents.
/// </summary>
public sealed partial class CiWorkflowTests
{
    private static readonly string Root = ChildProcess.RepositoryRoot();

    private static string Workflow => File.ReadAllText(Path.Combine(Root, ".github", "workflows", "benchmarks.yml"));

    [Fact]
    public void Every_parallellab_command_in_the_workflow_parses()
    {
        string[] lines = [.. Workflow.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("$PARALLELLAB ", StringComparison.Ordinal))];

        Assert.Equal(3, lines.Length);
        foreach (string line in lines)
        {
            string command = line[(line.IndexOf("$PARALLELLAB ", StringComparison.Ordinal) + "$PARALLELLAB ".Length)..].Split('|')[0];
            // Shell words: "$GITHUB_SHA", "github-${{ runner.os }}-..." stand for one word each.
            string[] args = [.. Word().Matches(command).Select(m => m.Value.Trim('"'))];
            System.CommandLine.ParseResult parse = LabCommandLine.BuildRootCommand(TextWriter.Null, TextWriter.Null).Parse(args);
            Assert.True(parse.Errors.Count == 0, $"{command}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void Every_run_benchmarks_option_in_the_workflow_is_one_the_script_documents()
    {
        string usage = string.Join('\n', File.ReadLines(Path.Combine(Root, "run-benchmarks.sh")).TakeWhile(l => l.StartsWith('#')));
        string[] options = [.. Workflow.Split('\n').Where(l => l.Contains("./run-benchmarks.sh", StringComparison.Ordinal)).SelectMany(l => Option().Matches(l).Select(m => m.Value)).Distinct()];

        Assert.Contains("--against", options);
        Assert.All(options, option => Assert.Matches($"(?m)^# {Regex.Escape(option)} ", usage));
    }

    [GeneratedRegex("\"[^\"]*\"|\\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<= )--[a-z-]+")]
    private static partial Regex Option();
}
