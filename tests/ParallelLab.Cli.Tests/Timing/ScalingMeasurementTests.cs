using ParallelLab.Cli.Timing;
using ParallelLab.Core.Machine;
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
    public void Every_case_warms_up_once_before_any_is_timed_then_runs_once_per_round()
    {
        var calls = new List<string>();
        var family = new EngineFamily<int, int>(
            "serial",
            w => { calls.Add("serial"); return w; },
            (x, y) => x == y,
            [Engine.Of<int, int>("a", (w, p) => { calls.Add($"a{p}"); return w; })]);

        ScalingMeasurement.Measure(family, 7, [family["a"]], [1, 2], repetitions: 3);

        Assert.Equal(["serial", "a1", "a2"], calls.Take(3));
        Assert.Equal(4 * 3, calls.Count);
        Assert.All(calls.GroupBy(c => c), g => Assert.Equal(4, g.Count()));
    }

    [Fact]
    public void Rounds_turn_so_that_no_case_is_always_first_or_last()
    {
        string[] cases = ["s", "a", "b"];

        string[][] rounds = [.. Enumerable.Range(0, 4).Select(r => ScalingMeasurement.RoundOrder(cases, r).ToArray())];

        Assert.Equal(["s", "a", "b"], rounds[0]);
        Assert.Equal(["a", "s", "b"], rounds[1]);
        Assert.Equal(["b", "s", "a"], rounds[2]);
        Assert.All(rounds, r => Assert.Equal(cases.Order(), r.Order()));
        Assert.Equal(3, rounds.Select(r => r[0]).Distinct().Count());
    }

    [Fact]
    public void One_worker_faster_than_serial_beyond_noise_is_a_measurement_problem_not_a_speedup()
    {
        var serial = new RunTiming("serial", 1, TimeSpan.FromMilliseconds(100), [], TimeSpan.FromMilliseconds(100));
        var suspicious = new RunTiming("plinq", 1, TimeSpan.FromMilliseconds(80), [], TimeSpan.FromMilliseconds(100));
        var close = new RunTiming("tasks", 1, TimeSpan.FromMilliseconds(97), [], TimeSpan.FromMilliseconds(100));
        var output = new StringWriter();

        TimingTable.Write(output, "t", [serial, suspicious, close], repetitions: 3);

        Assert.True(suspicious.Implausible);
        Assert.False(close.Implausible);
        string[] lines = output.ToString().Split('\n');
        Assert.Matches(@"^plinq +1 +80\.0 ms +\? +\? ", lines.Single(l => l.StartsWith("plinq", StringComparison.Ordinal)));
        Assert.Contains("? plinq at 1 worker ran 25 % faster than serial", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"^tasks +1 +97\.0 ms +1\.03 +1\.03 ", lines.Single(l => l.StartsWith("tasks", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_run_that_lost_cores_to_other_processes_is_marked_busy()
    {
        var serial = new RunTiming("serial", 1, TimeSpan.FromMilliseconds(100), [], TimeSpan.FromMilliseconds(100)) { Load = new MachineLoad(1, 1, 0.02, 0, 1, 2, 2) };
        var busy = new RunTiming("plinq", 2, TimeSpan.FromMilliseconds(90), [], TimeSpan.FromMilliseconds(100)) { Load = new MachineLoad(1, 1, 0.95, 0, 2, 2, 2) };
        var output = new StringWriter();

        TimingTable.Write(output, "t", [serial, busy], repetitions: 1);

        Assert.Contains("quiet", output.ToString().Split('\n').Single(l => l.StartsWith("serial", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("busy", output.ToString().Split('\n').Single(l => l.StartsWith("plinq", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("busy: 1 of 2 cases ran with fewer cores than they could use (others took 0.95 of 2 cores at worst)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_whose_host_withheld_cores_is_marked_busy_and_the_host_named()
    {
        var serial = new RunTiming("serial", 1, TimeSpan.FromMilliseconds(100), [], TimeSpan.FromMilliseconds(100)) { Load = new MachineLoad(1, 1, 0.02, 0, 1, 2, 2) { WithheldCores = 0.9 } };
        var busy = new RunTiming("plinq", 2, TimeSpan.FromMilliseconds(95), [], TimeSpan.FromMilliseconds(100)) { Load = new MachineLoad(1, 1, 0.02, 0, 1, 2, 2) { WithheldCores = 0.9 } };
        var output = new StringWriter();

        TimingTable.Write(output, "t", [serial, busy], repetitions: 1);

        Assert.Contains("quiet", output.ToString().Split('\n').Single(l => l.StartsWith("serial", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("busy: 1 of 2 cases ran with fewer cores than they could use (the host gave 2 threads 1.10 cores' worth of work at worst)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_that_differs_from_serial_is_refused_not_timed()
    {
        var e = Assert.Throws<ParadigmException>(() => ScalingMeasurement.Measure(Echo, 42, [Echo["off-by-one"]], [3], repetitions: 1));

        Assert.Equal("off-by-one with 3 workers gave a result that differs from serial", e.Message);
    }
}
