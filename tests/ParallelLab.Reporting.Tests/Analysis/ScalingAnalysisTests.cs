using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Pages;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Tests.Analysis;

public class ScalingAnalysisTests
{
    [Fact]
    public void Speedup_efficiency_and_karp_flatt_match_amdahl_exactly_without_noise()
    {
        ScalingAnalysis analysis = Analyse(Synthetic.Amdahl(0.1, [1, 2, 4, 8, 16]), cores: 16);

        foreach (ScalingPoint point in analysis.Points)
        {
            double expected = 1 / (0.1 + (0.9 / point.Workers));
            Assert.Equal(expected, point.Speedup, 12);
            Assert.Equal(expected / point.Workers, point.Efficiency, 12);
            Assert.Equal(expected, point.SpeedupLow, 9);
            Assert.Equal(expected, point.SpeedupHigh, 9);
            if (point.Workers > 1)
            {
                Assert.Equal(0.1, point.KarpFlatt!.Value, 12);
            }
        }

        Assert.Null(analysis.Points[0].KarpFlatt);
    }

    [Fact]
    public void With_noise_the_interval_contains_the_true_speedup_and_the_fit_recovers_the_serial_fraction()
    {
        ScalingAnalysis analysis = Analyse(Synthetic.Amdahl(0.1, [1, 2, 4, 8, 16, 32, 64], noise: 0.02, iterations: 12, seed: 7), cores: 64);

        foreach (ScalingPoint point in analysis.Points.Skip(1))
        {
            double truth = 1 / (0.1 + (0.9 / point.Workers));
            Assert.InRange(truth, point.SpeedupLow * 0.99, point.SpeedupHigh * 1.01);
            Assert.True(point.SpeedupLow < point.Speedup && point.Speedup < point.SpeedupHigh);
        }

        Assert.Equal("Amdahl", analysis.BestFit!.Law.Name);
        Assert.Equal(0.1, analysis.BestFit.Parameters[0], 2);
        Assert.Equal(1 / (0.1 + (0.9 / 16)), analysis.BestFit.Speedup(16), 1);
    }

    [Fact]
    public void The_recommended_count_is_the_largest_with_efficiency_at_least_point_seven()
    {
        // s = 0.1: E(2) = 0.91, E(4) = 0.77, E(8) = 0.59.
        ScalingAnalysis analysis = Analyse(Synthetic.Amdahl(0.1, [1, 2, 4, 8]), cores: 8);

        Assert.Equal(4, analysis.RecommendedWorkers);
        Assert.Equal(ScalingVerdict.Fair, analysis.Verdict);
    }

    [Fact]
    public void A_case_without_a_parallel_path_is_flat_and_one_that_scales_badly_is_poor()
    {
        ScalingAnalysis flat = Analyse(Synthetic.Amdahl(1.0, [1, 2, 4], noise: 0.01), cores: 4);
        ScalingAnalysis poor = Analyse(Synthetic.Amdahl(0.6, [1, 2, 4]), cores: 4);
        ScalingAnalysis good = Analyse(Synthetic.Amdahl(0.02, [1, 2, 4]), cores: 4);

        Assert.Equal(ScalingVerdict.Flat, flat.Verdict);
        Assert.StartsWith("no parallel path", flat.VerdictText, StringComparison.Ordinal);
        Assert.Equal(ScalingVerdict.Poor, poor.Verdict);
        Assert.StartsWith("parallelises badly", poor.VerdictText, StringComparison.Ordinal);
        Assert.Equal(ScalingVerdict.Good, good.Verdict);
    }

    [Fact]
    public void A_speedup_near_one_is_flat_only_when_its_interval_is_too()
    {
        // From the lab's own main job on a busy host: 1.05x at 2 workers, its interval 0.72 to 1.51.
        double[] one = [100e6, 135e6, 70e6, 120e6, 85e6, 110e6];
        double[] two = [95e6, 60e6, 140e6, 90e6, 115e6, 80e6];
        ScalingAnalysis noisy = Analyse([Synthetic.Case("CpuThreads", "Plinq", 1, one), Synthetic.Case("CpuThreads", "Plinq", 2, two)], cores: 2);
        // And 1.06x within the cores, but 1.38x for sure beyond them (the workflow's processes, the same run).
        double[] steady = [100e6, 101e6, 99e6, 100e6];
        ScalingAnalysis fasterBeyond = Analyse(
            [Synthetic.Case("Workflow", "WordCount", 1, steady), Synthetic.Case("Workflow", "WordCount", 2, [.. steady.Select(t => t / 1.06)]), Synthetic.Case("Workflow", "WordCount", 4, [.. steady.Select(t => t / 1.38)])],
            cores: 2);

        Assert.InRange(noisy.Points[1].Speedup, 0.9, 1.1);
        Assert.Equal(ScalingVerdict.Unclear, noisy.Verdict);
        Assert.StartsWith("too noisy to tell", noisy.VerdictText, StringComparison.Ordinal);
        Assert.NotEqual(ScalingVerdict.Flat, fasterBeyond.Verdict);
    }

    [Fact]
    public void A_speedup_above_its_worker_count_over_its_whole_interval_is_not_judged()
    {
        // From the lab's main job of 2026-12-02: word count on 2 cores, 173 ms on one worker and
        // 58.6 ms on two, S(2) = 2.96 [2.12, 4.14], once judged "scales".
        double[] one = [170e6, 176e6, 168e6, 178e6, 172e6, 174e6];
        ScalingAnalysis superlinear = Analyse([Synthetic.Case("CpuThreads", "ParallelForEach", 1, one), Synthetic.Case("CpuThreads", "ParallelForEach", 2, [.. one.Select(t => t / 2.96)])], cores: 2);
        // Linear within noise, its interval straddling 2: judged as before.
        double[] two = [86e6, 89e6, 84e6, 88e6, 85e6, 87e6];
        ScalingAnalysis linear = Analyse([Synthetic.Case("CpuThreads", "ParallelForEach", 1, one), Synthetic.Case("CpuThreads", "ParallelForEach", 2, two)], cores: 2);

        Assert.Equal(ScalingVerdict.Unclear, superlinear.Verdict);
        Assert.Equal(2, superlinear.BeyondLinear!.Workers);
        Assert.StartsWith("not judged: 2.96× at 2 workers, more than 2 cores can give", superlinear.VerdictText, StringComparison.Ordinal);
        Assert.Empty(superlinear.Fits);
        Assert.Null(superlinear.RecommendedWorkers);
        Assert.Null(linear.BeyondLinear);
        Assert.Equal(ScalingVerdict.Good, linear.Verdict);
        // The top of the report counts it, and asks for the class to be measured again.
        RunQuality quality = RunQuality.Of([.. superlinear.Group.Points.Select(p => p.Result)], [superlinear]);
        Assert.Equal([superlinear], quality.BeyondLinear);
        Assert.Equal(["CpuThreads"], quality.ClassesToMeasureAgain);
        var document = new ReportDocument();
        QualitySection.Support(document, quality, labsOwn: true);
        string text = string.Join("\n", document.Blocks.OfType<ReportDocument.ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("⚠ **Faster than the cores allow.** In 1 group (CpuThreads)", text, StringComparison.Ordinal);
        Assert.Contains("1 scaling group: 0 judged, 1 too noisy to tell (a 95 % interval that includes no speedup, 1 faster than its cores allow), 0 not judged", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_beyond_the_cores_are_marked_and_left_out_of_the_fits()
    {
        // Two cores: four workers only match two; a fit through p = 4 would overstate the serial fraction.
        var results = Synthetic.Amdahl(0.05, [1, 2]).Append(Synthetic.Case("CpuThreads", "ParallelFor", 4, [1e8 / (1 / (0.05 + (0.95 / 2)))]));

        ScalingAnalysis analysis = Analyse(results, cores: 2);

        Assert.True(analysis.Points.Single(p => p.Workers == 4).Oversubscribed);
        Assert.Equal(0.05, analysis.BestFit!.Parameters[0], 9);
        Assert.True(analysis.BestFit.IsExact);
    }

    [Fact]
    public void Groups_split_by_method_and_workload_and_need_a_one_worker_point()
    {
        BenchmarkResult[] results =
        [
            .. Synthetic.Amdahl(0.1, [1, 2], method: "ParallelFor"),
            .. Synthetic.Amdahl(0.2, [1, 2], method: "Plinq"),
            Synthetic.Case("CpuThreads", "Tasks", 2, [1e8]),
            Synthetic.Case("CpuThreads", "Tasks", 4, [1e8]),
            Synthetic.Case("Serial", "WordCount", 1, [1e8]),
        ];

        IReadOnlyList<ScalingGroup> groups = ScalingGroup.From(results);

        Assert.Equal(["CpuThreads.ParallelFor [Work=AcfOverWords]", "CpuThreads.Plinq [Work=AcfOverWords]", "CpuThreads.Tasks [Work=AcfOverWords]"], groups.Select(g => g.Name));
        Assert.Null(ScalingAnalysis.Of(groups[2], cores: 2));
        Assert.Equal("AcfOverWords", groups[0].Kernel);
    }

    [Fact]
    public void Omp_num_threads_of_the_job_is_the_axis_when_no_parameter_is()
    {
        BenchmarkResult Blas(int threads, double ns) => Synthetic.Case("NativeBlas", "Invert", 1, [ns]) with
        {
            Parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["Case"] = "openblas n=500" },
            JobId = threads == 1 ? "1 thread" : $"{threads} threads",
            JobEnvironment = new Dictionary<string, string>(StringComparer.Ordinal) { ["OMP_NUM_THREADS"] = $"{threads}" },
        };

        ScalingGroup group = Assert.Single(ScalingGroup.From([Blas(1, 100), Blas(2, 55), Blas(4, 54)]));

        Assert.Equal(BenchmarkConventions.ThreadsVariable, group.Axis);
        Assert.Equal("Case=openblas n=500", group.Workload);
        Assert.Equal([1, 2, 4], group.Points.Select(p => p.Workers));
    }

    private static ScalingAnalysis Analyse(IEnumerable<BenchmarkResult> results, int cores) =>
        ScalingAnalysis.Of(Assert.Single(ScalingGroup.From(results)), cores)!;
}
