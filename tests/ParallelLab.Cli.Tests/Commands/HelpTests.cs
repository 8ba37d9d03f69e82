namespace ParallelLab.Cli.Tests.Commands;

public class HelpTests
{
    [Theory]
    [InlineData("wordcount")]
    [InlineData("zipf")]
    [InlineData("acf")]
    [InlineData("corpus")]
    [InlineData("corpus", "generate")]
    [InlineData("corpus", "info")]
    [InlineData("workflow")]
    [InlineData("workflow", "time")]
    [InlineData("report")]
    [InlineData("compare")]
    public void Every_command_has_help(params string[] command)
    {
        CliRun run = CliRun.Of([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void The_root_help_lists_the_commands()
    {
        CliRun run = CliRun.Of("--help");

        foreach (string command in new[] { "wordcount", "zipf", "acf", "corpus", "workflow", "report", "compare" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }
    }
}
