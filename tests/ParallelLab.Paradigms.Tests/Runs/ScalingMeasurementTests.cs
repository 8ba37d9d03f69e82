using ParallelLab.Core.Autocorrelation;
using ParallelLab.Paradigms.Runs;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Tests.Runs;

public class ScalingMeasurementTests
{
    [Fact]
    public void Speedup_and_efficiency_follow_their_definitions()
    {
        var run = new RunTiming("plinq", 4, TimeSpan.FromMilliseconds(50), [], Serial: TimeSpan.FromMilliseconds(150));

        Assert.Equal(3.0, run.Speedup, 12);
        Assert.Equal(0.75, run.Efficiency, 12);
    }

    [Fact]
    public void The_baseline_comes_first_then_every_engine_in_order()
    {
        IReadOnlyList<RunTiming> timings = ScalingMeasurement.Measure(
            () => 42,
            [EngineRun.Whole("a", 1, () => 42), EngineRun.Whole("b", 2, () => 42)],
            (x, y) => x == y,
            repetitions: 2);

        Assert.Equal(["serial/1", "a/1", "b/2"], timings.Select(t => $"{t.Engine}/{t.Workers}"));
        Assert.All(timings, t => Assert.Equal(timings[0].Elapsed, t.Serial));
    }

    [Fact]
    public void A_result_that_differs_from_serial_is_refused_not_timed()
    {
        var e = Assert.Throws<ParadigmException>(() => ScalingMeasurement.Measure(
            () => 42,
            [EngineRun.Whole("sloppy", 3, () => 41)],
            (x, y) => x == y,
            repetitions: 1));

        Assert.Equal("sloppy with 3 workers gave a result that differs from serial", e.Message);
    }

    [Fact]
    public void Every_shared_memory_engine_passes_the_check_on_real_work()
    {
        var acf = AcfWorkload.TopWords(SmallCorpus.LargestBook, FastAcfKernel.Instance);

        IReadOnlyList<RunTiming> acfTimings = ScalingMeasurement.Measure(
            acf.Serial, SharedMemoryEngines.Acf(acf, AcfSplit.Words, SharedMemoryEngines.Names, [1, 3]), (a, b) => a.AsSpan().SequenceEqual(b), 1);
        IReadOnlyList<RunTiming> countTimings = ScalingMeasurement.Measure(
            SmallCorpus.WordCount.Serial, SharedMemoryEngines.WordCount(SmallCorpus.WordCount, SharedMemoryEngines.Names, [2]), (a, b) => a.AsSpan().SequenceEqual(b), 1);

        Assert.Equal(1 + (5 * 2), acfTimings.Count);
        Assert.Equal(1 + 5, countTimings.Count);
        Assert.Equal(["count", "merge"], countTimings[1].Phases.Select(p => p.Name));
    }

    [Fact]
    public void The_global_lock_engine_refuses_a_split_by_lag()
    {
        var acf = AcfWorkload.TopWords(SmallCorpus.LargestBook, FastAcfKernel.Instance);

        Assert.Throws<ArgumentException>(() => SharedMemoryEngines.Acf(acf, AcfSplit.Lags, [SharedMemoryEngines.GilEngine], [2]).ToList());
    }

    [Fact]
    public void Unknown_engines_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => SharedMemoryEngines.WordCount(SmallCorpus.WordCount, ["fibers"], [2]).ToList());

        Assert.Contains("unknown engine 'fibers'", e.Message, StringComparison.Ordinal);
    }
}
