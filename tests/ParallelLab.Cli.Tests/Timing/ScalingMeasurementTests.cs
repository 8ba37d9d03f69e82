using ParallelLab.Cli.Timing;
using ParallelLab.Paradigms;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Cli.Tests.Timing;

public class ScalingMeasurementTests
{
    /// <summary>A family whose serial result is the workload itself; "off-by-one" gets it wrong.</summary>
    private static readonly EngineFamily<int, int> Echo = new(
        "serial",
        w => w,
        (x, y) => x == y,
        [Engine.Of<int, int>("a", (w, _) => w), Engine.Of<int, int>("b", (w, _) => w), Engine.Of<int, int>("off-by-one", (w, _) => w - 1)]);

    [Fact]
    public void Speedup_and_efficiency_follow_their_definitions()
    {
        var run = new RunTiming("plinq", 4, TimeSpan.FromMilliseconds(50), [], Serial: TimeSpan.FromMilliseconds(150));

        Assert.Equal(3.0, run.Speedup, 12);
        Assert.Equal(0.75, run.Efficiency, 12);
    }

    [Fact]
    public void The_baseline_comes_first_then_every_engine_at_every_worker_count_in_order()
    {
        IReadOnlyList<RunTiming> timings = ScalingMeasurement.Measure(Echo, 42, [Echo["a"], Echo["b"]], [1, 2], repetitions: 2);

        Assert.Equal(["serial/1", "a/1", "a/2", "b/1", "b/2"], timings.Select(t => $"{t.Engine}/{t.Workers}"));
        Assert.All(timings, t => Assert.Equal(timings[0].Elapsed, t.Serial));
    }

    [Fact]
    public void A_result_that_differs_from_serial_is_refused_not_timed()
    {
        var e = Assert.Throws<ParadigmException>(() => ScalingMeasurement.Measure(Echo, 42, [Echo["off-by-one"]], [3], repetitions: 1));

        Assert.Equal("off-by-one with 3 workers gave a result that differs from serial", e.Message);
    }
}
