using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Pages;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Tests.Analysis;

/// <summary>
/// The serial baseline runs once per worker count, the same work each time: when its runs differ
/// clearly, the machine's speed changed during the run, and the group is not judged.
/// </summary>
public class SerialDriftTests
{
    private static ScalingAnalysis Analyse(double serialAtOne, double serialAtTwo, double noise, int iterations = 6)
    {
        var random = new Random(3);
        BenchmarkResult[] results =
        [
            Synthetic.Case("CpuThreads", "Serial", 1, Synthetic.Times(serialAtOne, noise, iterations, random)),
            Synthetic.Case("CpuThreads", "Serial", 2, Synthetic.Times(serialAtTwo, noise, iterations, random)),
            Synthetic.Case("CpuThreads", "ParallelFor", 1, Synthetic.Times(100e6, noise, iterations, random)),
            Synthetic.Case("CpuThreads", "ParallelFor", 2, Synthetic.Times(52e6, noise, iterations, random)),
        ];
        return ScalingAnalysis.Of(Assert.Single(ScalingGroup.From(results)), cores: 2)!;
    }

    [Fact]
    public void A_serial_baseline_that_moved_clearly_leaves_the_group_unjudged_and_says_why()
    {
        ScalingAnalysis analysis = Analyse(100e6, 131e6, noise: 0.02);

        Assert.True(analysis.Drift!.Significant);
        Assert.Equal(1.31, analysis.Drift.Ratio, 1);
        Assert.Equal(ScalingVerdict.Unclear, analysis.Verdict);
        Assert.False(analysis.Judged);
        Assert.Matches(@"^not judged: the machine's speed changed during the run \(serial baseline \d+(\.\d)? ms to 1\d\d ms\)$", analysis.VerdictText);
    }

    [Fact]
    public void A_difference_within_a_processs_own_luck_is_no_drift()
    {
        ScalingAnalysis analysis = Analyse(100e6, 108e6, noise: 0.01);

        Assert.False(analysis.Drift!.Significant);
        Assert.Equal(ScalingVerdict.Good, analysis.Verdict);
    }

    [Fact]
    public void A_large_difference_within_the_runs_own_noise_is_no_drift()
    {
        ScalingAnalysis analysis = Analyse(100e6, 125e6, noise: 0.6, iterations: 3);

        Assert.True(analysis.Drift!.Ratio > 1 + SerialDrift.Tolerance);
        Assert.False(analysis.Drift.Significant);
    }

    [Fact]
    public void One_serial_run_or_runs_of_one_iteration_cannot_tell()
    {
        Assert.Null(SerialDrift.Of([Synthetic.Case("C", "Serial", 1, [1e8, 1e8])]));
        Assert.Null(SerialDrift.Of([Synthetic.Case("C", "Serial", 1, [1e8]), Synthetic.Case("C", "Serial", 2, [2e8])]));
    }

    [Fact]
    public void The_report_says_the_machine_changed_speed_and_counts_those_groups()
    {
        ScalingAnalysis drifted = Analyse(100e6, 131e6, noise: 0.02);
        RunQuality quality = RunQuality.Of([.. drifted.Group.Points.Select(p => p.Result), .. drifted.Group.Serial], [drifted]);

        Assert.Equal([drifted], quality.Drifted);
        Assert.Equal(["CpuThreads"], quality.ClassesToMeasureAgain);
        Assert.Matches(@"; ⚠ but its speed changed during the run \(a serial baseline up to \d\d % slower in one run than in another\): 1 group not judged$", quality.MachineText);
        var document = new ReportDocument();
        QualitySection.Support(document, quality, labsOwn: true);
        string text = string.Join("\n", document.Blocks.OfType<ReportDocument.ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("⚠ **The machine's speed changed during the run**", text, StringComparison.Ordinal);
        Assert.Contains("1 scaling group: 0 judged, 1 too noisy to tell (a 95 % interval that includes no speedup, 1 of them because the machine's speed changed), 0 not judged", text, StringComparison.Ordinal);
    }
}
