using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Tests.Analysis;

public class ContentionTests
{
    [Fact]
    public void A_point_measured_while_others_took_cores_is_marked_and_left_out_of_the_fit_and_verdict()
    {
        // Amdahl with s = 0.1 on 4 cores, but at 4 workers others took 1.5 cores: that point is
        // slowed to a speedup of 2, which a fit through it would read as a large serial fraction.
        BenchmarkResult[] results =
        [
            .. Synthetic.Amdahl(0.1, [1, 2]).Select(r => Synthetic.WithLoad(r, 0.02, cores: 4)),
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 4, [5e7]), 1.5, cores: 4),
        ];

        ScalingAnalysis analysis = ScalingAnalysis.Of(Assert.Single(ScalingGroup.From(results)), cores: 4)!;

        Assert.Equal([false, false, true], analysis.Points.Select(p => p.Contended));
        // S(1) = 1 by definition, so only p = 2 is fitted: the busy p = 4 is not.
        Assert.All(analysis.Fits, f => Assert.Equal(1, f.Points));
        Assert.Equal(0.1, analysis.Fits.Single(f => f.Law.Name == "Amdahl").Parameters[0], 9);
        Assert.Equal(2, analysis.RecommendedWorkers);
        Assert.Contains("at 2 workers", analysis.VerdictText, StringComparison.Ordinal);
        Assert.Contains("4 workers ran while others took 1.50 of 4 cores: shown, but left out of the fit", analysis.ContentionNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_busy_one_worker_reference_leaves_the_group_unjudged()
    {
        BenchmarkResult[] results =
        [
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 1, [1e8, 1e8]), 1.5),
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 2, [5e7, 5e7]), 0.0),
        ];

        ScalingAnalysis analysis = ScalingAnalysis.Of(Assert.Single(ScalingGroup.From(results)), cores: 2)!;

        Assert.Equal(ScalingVerdict.Busy, analysis.Verdict);
        Assert.Empty(analysis.Fits);
        Assert.Null(analysis.RecommendedWorkers);
        Assert.False(analysis.Judged);
    }

    [Fact]
    public void A_group_measured_once_says_too_few_iterations_whether_or_not_the_machine_was_busy()
    {
        // A dry job measures each case once: no interval, so no verdict on any host. The reason
        // given must not change with the load, or the same run reads differently on a busy runner.
        foreach (double taken in new[] { 0.02, 1.5 })
        {
            BenchmarkResult[] results =
            [
                Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 1, [1e8]), taken),
                Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 2, [5e7]), taken),
            ];

            ScalingAnalysis analysis = ScalingAnalysis.Of(Assert.Single(ScalingGroup.From(results)), cores: 2)!;

            Assert.Equal(ScalingVerdict.Unclear, analysis.Verdict);
            Assert.StartsWith("too few iterations to tell", analysis.VerdictText, StringComparison.Ordinal);
            Assert.False(analysis.Judged);
            // The load still counts: nothing is recommended from a busy run, whatever reason comes first.
            Assert.Equal(taken > 1, analysis.TooBusyToJudge);
            Assert.Equal(taken > 1, analysis.RecommendedWorkers is null);
        }
    }

    [Fact]
    public void A_group_whose_every_parallel_point_was_busy_is_not_judged_nor_recommended()
    {
        BenchmarkResult[] results =
        [
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 1, [1e8, 1e8]), 0.02),
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 2, [5e7, 5e7]), 0.9),
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 4, [5e7, 5e7]), 0.02),
        ];

        ScalingAnalysis analysis = ScalingAnalysis.Of(Assert.Single(ScalingGroup.From(results)), cores: 2)!;

        // The quiet point at 4 workers is beyond the cores: it cannot speak for the paradigm.
        Assert.Equal(ScalingVerdict.Busy, analysis.Verdict);
        Assert.Null(analysis.RecommendedWorkers);
        Assert.Contains("every parallel point within the cores", analysis.VerdictText, StringComparison.Ordinal);
    }

    [Fact]
    public void One_worker_beside_a_hog_on_two_cores_keeps_its_core_but_two_workers_do_not()
    {
        BenchmarkResult serial = Synthetic.WithLoad(Synthetic.Case("CpuThreads", "Serial", 2, [1e8]), 0.98);
        BenchmarkResult one = Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 1, [1e8]), 0.98);
        BenchmarkResult two = Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 2, [9e7]), 0.98);
        BenchmarkResult quiet = Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 2, [5e7]), 0.2);

        Assert.False(WorkerAxis.Contended(serial));
        Assert.False(WorkerAxis.Contended(one));
        Assert.True(WorkerAxis.Contended(two));
        Assert.False(WorkerAxis.Contended(quiet));
    }

    [Fact]
    public void The_run_says_how_many_cases_were_busy_and_which_classes_to_measure_again()
    {
        BenchmarkResult[] results =
        [
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 1, [1e8, 1.01e8]), 0.0, runOrder: 2),
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 2, [9e7, 9.1e7]), 1.0, runOrder: 1),
            Synthetic.WithLoad(Synthetic.Case("GlobalLock", "FreeThreads", 1, [1e8, 1e8]), 0.0, runOrder: 1),
            Synthetic.WithLoad(Synthetic.Case("GlobalLock", "FreeThreads", 2, [5e7, 5e7]), 0.0, runOrder: 2),
        ];
        ScalingAnalysis[] analyses = [.. ScalingGroup.From(results).Select(g => ScalingAnalysis.Of(g, 2)!)];

        RunQuality quality = RunQuality.Of(results, analyses);

        Assert.True(quality.MachineWasBusy);
        Assert.Equal("CpuThreads.ParallelFor(Work=AcfOverWords, Workers=2)@Workstation", Assert.Single(quality.ContendedCases).Key);
        Assert.Equal(1.0, quality.MostCoresTaken);
        Assert.Equal(["CpuThreads"], quality.ClassesToMeasureAgain);
        Assert.True(quality.Shuffled);
    }

    [Fact]
    public void Results_without_a_recorded_load_are_never_called_busy_but_said_to_be_unknown()
    {
        IReadOnlyList<BenchmarkResult> results = Synthetic.Amdahl(0.1, [1, 2]);
        ScalingAnalysis[] analyses = [.. ScalingGroup.From(results).Select(g => ScalingAnalysis.Of(g, 2)!)];

        RunQuality quality = RunQuality.Of(results, analyses);

        Assert.True(quality.LoadUnknown);
        Assert.False(quality.MachineWasBusy);
        Assert.All(analyses[0].Points, p => Assert.False(p.Contended));
    }

    [Fact]
    public void Cases_too_short_for_the_recorder_are_said_to_be_so_not_unrecorded()
    {
        // A native pool starting in milliseconds: the recorder ran but its window was under 0.5 s,
        // so it wrote the window's length and no cores (NaN in the JSON).
        BenchmarkResult[] results =
        [
            .. Synthetic.Amdahl(0.1, [1, 2]).Select(r =>
            {
                var metrics = new Dictionary<string, double>(StringComparer.Ordinal) { [LabMetrics.Seconds] = 0.2, [LabMetrics.OtherCores] = double.NaN };
                return r with { Metrics = metrics, Load = RecordedLoad.From(metrics, 2) };
            }),
        ];
        ScalingAnalysis[] analyses = [.. ScalingGroup.From(results).Select(g => ScalingAnalysis.Of(g, 2)!)];

        RunQuality quality = RunQuality.Of(results, analyses);

        Assert.True(quality.WindowsTooShort);
        Assert.False(quality.MachineWasBusy);
        Assert.StartsWith("too short to judge: every case measured for under 0.5 s", quality.MachineText, StringComparison.Ordinal);
    }
}
