using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;
using ParallelLab.TestSupport;

namespace ParallelLab.Reporting.Tests.Results;

/// <summary>Several runs of one case: the latest counts, or, for an interleaved comparison, all of them pooled.</summary>
public sealed class ResultSetTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Run(string name, params BenchmarkResult[] results)
    {
        string folder = Path.Combine(_folder.Path, name);
        Directory.CreateDirectory(folder);
        FixtureWriter.Write(Path.Combine(folder, "Synthetic-report-full.json"), results);
        return folder;
    }

    [Fact]
    public void Pooled_runs_keep_every_iteration_and_the_busiest_run_s_load()
    {
        string first = Run("1", Synthetic.WithLoad(Synthetic.Case("Serial", "Acf", 1, [1e6, 2e6]), otherCores: 0.01));
        string second = Run("2", Synthetic.WithLoad(Synthetic.Case("Serial", "Acf", 1, [3e6]), otherCores: 1.5), Synthetic.Case("Serial", "Other", 1, [5e6]));

        BenchmarkResult latest = ResultSet.Load([first, second]).Results.Single(r => r.Method == "Acf");
        ResultSet pooled = ResultSet.Load([first, second], poolRuns: true);
        BenchmarkResult acf = pooled.Results.Single(r => r.Method == "Acf");

        Assert.Single(latest.Nanoseconds);
        Assert.Equal([1e6, 2e6, 3e6], acf.Nanoseconds);
        Assert.True(WorkerAxis.Contended(acf));
        Assert.Equal([5e6], pooled.Results.Single(r => r.Method == "Other").Nanoseconds);
    }
}
