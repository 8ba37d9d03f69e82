using System.Globalization;

namespace ParallelLab.Scripts.Tests;

/// <summary>tools/python-pool-startup.py, the Python yardstick beside <c>parallellab pool startup</c> in tools/beside-python.sh.</summary>
public class PythonPoolStartupTests
{
    private const string Script = "python-pool-startup.py";

    [Fact]
    public void Every_start_method_is_timed_at_every_worker_count()
    {
        ScriptRun run = ScriptRun.PythonTool(Script, "--workers", "1,2", "--repeat", "2");

        Assert.True(run.ExitCode == 0, run.Error);
        string[][] rows = [.. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Trim('|').Split('|', StringSplitOptions.TrimEntries))];
        string[] methods = [.. rows.Select(row => row[0]).Distinct()];
        Assert.Contains("fork", methods);
        Assert.Contains("spawn", methods);
        Assert.Equal(methods.Length * 2, rows.Length);
        Assert.All(rows, row =>
        {
            double median = double.Parse(row[2], CultureInfo.InvariantCulture);
            double fastest = double.Parse(row[3], CultureInfo.InvariantCulture);
            double perWorker = double.Parse(row[4], CultureInfo.InvariantCulture);
            Assert.InRange(fastest, 0.1, median);
            Assert.Equal(median / int.Parse(row[1], CultureInfo.InvariantCulture), perWorker, 0.051);
        });
        Assert.Equal(2, run.ErrorLines.Length); // one progress line per round
    }

    [Theory]
    [InlineData("--workers", "0")]
    [InlineData("--workers", "two")]
    [InlineData("--repeat", "0")]
    [InlineData("--nope", "1")]
    public void A_usage_mistake_is_one_line_and_exit_2(string option, string value)
    {
        ScriptRun run = ScriptRun.PythonTool(Script, option, value);

        Assert.Equal(2, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("python-pool-startup.py: error: ", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }
}
