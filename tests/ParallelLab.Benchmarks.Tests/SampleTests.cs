using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;
using ParallelLab.TestSupport;

namespace ParallelLab.Benchmarks.Tests;

/// <summary>
/// The README's sample (benchmarks/ParallelLab.Sample), run as its user runs it with a dry job:
/// ParallelLab.BenchmarkDotNet's columns in BenchmarkDotNet's own summary, its scaling report
/// after the run, and a JSON that names the baseline for <c>parallellab report</c>.
/// </summary>
public sealed class SampleTests : IDisposable
{
    private readonly TemporaryDirectory _artifacts = new();

    public void Dispose() => _artifacts.Dispose();

    [Fact]
    public void The_sample_shows_speedup_and_efficiency_and_writes_its_scaling_report()
    {
        string sample = Path.Combine(AppContext.BaseDirectory, "ParallelLab.Sample.dll");

        (int exit, string output, string error) = ChildProcess.Run(
            ChildProcess.Command("dotnet", sample, "--filter", "*", "--job", "dry", "--inProcess", "--artifacts", _artifacts.Path),
            TimeSpan.FromMinutes(3));

        Assert.True(exit == 0, output + error);
        string[] table = [.. output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal))];
        string[] header = Cells(table[0]);
        Assert.Contains("Speedup", header);
        Assert.Contains("Efficiency", header);
        Assert.Contains("Machine", header);
        string[] firstParallel = Cells(table.Single(l => Cells(l) is ["PartitionedSum", "1", ..]));
        Assert.Equal("1.00", firstParallel[Array.IndexOf(header, "Speedup")]);
        Assert.Equal("1.00", firstParallel[Array.IndexOf(header, "Efficiency")]);
        Assert.All(table.Where(l => Cells(l) is ["Loop", ..]), l => Assert.Equal("-", Cells(l)[Array.IndexOf(header, "Speedup")]));
        Assert.Contains("// * ParallelLab scaling *", output, StringComparison.Ordinal);
        Assert.Contains("ParallelSum.PartitionedSum: too few iterations to tell", output, StringComparison.Ordinal);

        string results = Path.Combine(_artifacts.Path, "results");
        Assert.True(File.Exists(Path.Combine(results, "Sample.ParallelSum-scaling", "index.html")));
        Assert.Contains("### ParallelSum.PartitionedSum", File.ReadAllText(Path.Combine(results, "Sample.ParallelSum-scaling", "index.md")), StringComparison.Ordinal);

        // The JSON carries what BenchmarkDotNet's own does not: which method is the baseline.
        ResultSet set = ResultSet.Load([results]);
        ScalingGroup group = Assert.Single(ScalingGroup.From(set.Results));
        Assert.Equal(("ParallelSum.PartitionedSum", "ThreadCount"), (group.Name, group.Axis));
        Assert.Equal(3, group.Serial.Count);
    }

    private static string[] Cells(string row) => [.. row.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}
