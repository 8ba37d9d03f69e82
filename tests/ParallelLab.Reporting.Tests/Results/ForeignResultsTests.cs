using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Pages;
using ParallelLab.Reporting.Results;
using ParallelLab.TestSupport;

namespace ParallelLab.Reporting.Tests.Results;

/// <summary>Real BenchmarkDotNet results of a project that is not the lab's (Foreign/README.md): each class's axis found by its name.</summary>
public sealed class ForeignResultsTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_class_scales_along_the_axis_its_names_give()
    {
        ResultSet set = ResultSet.Load([ForeignResults.Folder]);

        IReadOnlyList<ScalingGroup> groups = ScalingGroup.From(set.Results);

        Assert.False(set.IsLabsOwn);
        Assert.Equal(
            ["OmpSum.EnvThreads OMP_NUM_THREADS 1,2", "ParallelSum.Loop ThreadCount 1,2,4", "ParallelSum.PartitionedSum ThreadCount 1,2,4", "PlinqSum.AsParallel DegreeOfParallelism 1,2,4"],
            groups.Select(g => $"{g.Name} {g.Axis} {string.Join(",", g.Points.Select(p => p.Workers))}"));
        // The JSON does not say that Loop is the baseline: without --baseline-method it is one more method.
        Assert.All(groups, g => Assert.Empty(g.Serial));
    }

    [Fact]
    public void The_named_baseline_method_is_the_serial_reference_not_a_group()
    {
        ResultSet set = ResultSet.Load([ForeignResults.File("ParallelSum")], poolRuns: false, new ScalingConventions(BaselineMethod: "Loop"));

        ScalingGroup group = Assert.Single(ScalingGroup.From(set.Results));
        ScalingAnalysis analysis = ScalingAnalysis.Of(group, set.Host.LogicalCores)!;

        Assert.Equal("ParallelSum.PartitionedSum", group.Name);
        Assert.Equal(3, group.Serial.Count);
        // Measured: 36.7 ms at 1 thread, 23.0 ms at 2, against a serial loop of about 40 ms.
        Assert.InRange(analysis.Points[1].Speedup, 1.5, 1.7);
        Assert.InRange(analysis.Points[1].AgainstSerial!.Value, 1.6, 1.9);
        Assert.Equal(ScalingVerdict.Good, analysis.Verdict);
    }

    [Fact]
    public void A_class_without_an_axis_gets_the_line_that_says_how_to_name_one()
    {
        ResultSet set = ResultSet.Load([ForeignResults.File("Sizes")]);

        Assert.Equal(
            "no worker axis (parameters seen: Function=cos|sin, Size=100000|1000000; no job variables); name it with --axis NAME, an integer parameter or a job's environment variable "
            + "(understood without it: Threads, ThreadCount, Workers, DegreeOfParallelism, MaxDegreeOfParallelism, Parallelism, Cores, Processes, Ranks, Jobs, Tasks, or a job's OMP_NUM_THREADS, DOTNET_PROCESSOR_COUNT, DOTNET_GCHeapCount)",
            AxisDiagnosis.WhyNoScaling(set.Results));
    }

    [Fact]
    public void A_report_on_foreign_results_has_no_lesson_and_advises_their_own_command()
    {
        ResultSet set = ResultSet.Load([ForeignResults.Folder]);

        ReportSummary summary = ReportWriter.Write(set, new ReportOptions(_folder.File("report"), ["test"], "none"));

        string markdown = File.ReadAllText(summary.IndexMarkdown);
        Assert.Equal(4, summary.Analyses.Count);
        Assert.DoesNotContain(summary.Charts, c => c.Contains("lesson", StringComparison.Ordinal));
        Assert.DoesNotContain("run-benchmarks.sh", markdown, StringComparison.Ordinal);
        Assert.Contains("`dotnet run -c Release -- --filter '*PlinqSum*' --job default`", markdown, StringComparison.Ordinal);
        Assert.Contains("### PlinqSum.AsParallel", markdown, StringComparison.Ordinal);
        Assert.Contains(summary.Charts, c => c == "plots/speedup-plinqsum-asparallel.png");
    }
}
