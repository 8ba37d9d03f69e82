using ParallelLab.Cli.Timing;
using ParallelLab.Core.Machine;

namespace ParallelLab.Cli.Tests.Timing;

public class StartupMeasurementTests
{
    [Fact]
    public void Every_count_starts_once_untimed_then_once_per_round_in_a_turned_order()
    {
        var calls = new List<int>();

        IReadOnlyList<StartupTiming> timings = StartupMeasurement.Measure([1, 2, 4], repetitions: 2, calls.Add);

        // Warm-up in the given order, then round 1 forwards, round 2 turned and backwards (ScalingMeasurement.RoundOrder).
        Assert.Equal([1, 2, 4, 1, 2, 4, 2, 1, 4], calls);
        Assert.Equal([1, 2, 4], timings.Select(t => t.Workers));
        Assert.All(timings, t => Assert.True(t.Fastest <= t.Median));
    }

    [Fact]
    public void The_bare_start_runs_beside_each_start_up_after_it_and_before_it_in_turns()
    {
        var calls = new List<string>();

        IReadOnlyList<StartupTiming> timings = StartupMeasurement.Measure([1, 2], repetitions: 2, n => calls.Add($"pool {n}"), n => calls.Add($"bare {n}"));

        Assert.Equal(
            ["pool 1", "bare 1", "pool 2", "bare 2", "pool 1", "bare 1", "pool 2", "bare 2", "bare 2", "pool 2", "bare 1", "pool 1"],
            calls);
        Assert.All(timings, t => Assert.NotNull(t.Bare));
    }

    [Fact]
    public void After_each_probe_of_the_host_the_start_up_and_the_bare_programs_take_turns_to_run_first()
    {
        var calls = new List<string>();

        StartupMeasurement.Measure([1], repetitions: 12, n => calls.Add("pool"), n => calls.Add("bare"));

        // The warm-up, then rounds 0–9 (a probe before round 0: pool first, then turned every
        // round), then rounds 10–11 (a probe before round 10: bare first, then turned).
        string[] firsts = [.. calls.Skip(2).Chunk(2).Select(pair => pair[0])];
        Assert.Equal(["pool", "bare", "pool", "bare", "pool", "bare", "pool", "bare", "pool", "bare", "bare", "pool"], firsts);
    }

    [Fact]
    public void Without_a_bare_start_none_is_reported()
    {
        Assert.All(StartupMeasurement.Measure([1, 2], repetitions: 1, _ => { }), t => Assert.Null(t.Bare));
    }

    [Fact]
    public void Each_count_keeps_its_median_and_its_fastest_run()
    {
        // Timed runs of 5, 500 and 50 ms (after an untimed one): the median is 50 ms, the mean 185 ms.
        // A sleep may overrun by some milliseconds on a busy machine (10.4 ms for 2 once, under a
        // test run beside it), never by 45 on the fastest or 130 on the median.
        var durations = new Queue<int>([0, 5, 500, 50]);

        StartupTiming timing = Assert.Single(StartupMeasurement.Measure([2], repetitions: 3, _ => Thread.Sleep(durations.Dequeue())));

        Assert.InRange(timing.Fastest.TotalMilliseconds, 5, 49.9);
        Assert.InRange(timing.Median.TotalMilliseconds, 50, 180);
        Assert.Equal(timing.Median / 2, timing.PerWorker);
    }

    [Fact]
    public void A_worker_count_given_twice_is_measured_once()
    {
        var calls = new List<int>();

        IReadOnlyList<StartupTiming> timings = StartupMeasurement.Measure([2, 2], repetitions: 1, calls.Add);

        Assert.Equal([2, 2], calls);
        Assert.Equal(2, Assert.Single(timings).Workers);
    }

    [Fact]
    public void The_table_gives_the_time_per_worker_and_what_each_further_worker_added()
    {
        StartupTiming[] timings =
        [
            new(1, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(9)),
            new(2, TimeSpan.FromMilliseconds(16), TimeSpan.FromMilliseconds(15)),
            new(4, TimeSpan.FromMilliseconds(32), TimeSpan.FromMilliseconds(30)),
        ];
        using var output = new StringWriter();

        StartupTable.Write(output, "title", timings, repetitions: 5);

        string[] rows = [.. output.ToString().Split('\n').SkipWhile(l => !l.TrimStart().StartsWith("workers", StringComparison.Ordinal)).Skip(1).Where(l => l.Length > 0)];
        Assert.Equal(3, rows.Length);
        Assert.Equal(["1", "10.0 ms", "9.0 ms", "10.0 ms", "–", "?"], Cells(rows[0]));
        Assert.Equal(["2", "16.0 ms", "15.0 ms", "8.0 ms", "6.0 ms", "?"], Cells(rows[1]));
        Assert.Equal(["4", "32.0 ms", "30.0 ms", "8.0 ms", "8.0 ms", "?"], Cells(rows[2]));
    }

    [Fact]
    public void The_bare_programs_give_the_pools_own_share_and_show_a_machine_that_starts_processes_one_at_a_time()
    {
        // The VM of 2026-12-02: one bare worker 9 ms, four at once 34 ms (3.8×, where 2 cores allow 2×).
        StartupTiming[] timings =
        [
            new(1, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(9)) { Bare = TimeSpan.FromMilliseconds(9) },
            new(4, TimeSpan.FromMilliseconds(38), TimeSpan.FromMilliseconds(30)) { Bare = TimeSpan.FromMilliseconds(34), Load = Quiet(cores: 2) },
        ];
        using var output = new StringWriter();

        StartupTable.Write(output, "title", timings, repetitions: 5);

        string text = output.ToString();
        string[] rows = [.. text.Split('\n').SkipWhile(l => !l.TrimStart().StartsWith("workers", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0)];
        Assert.Equal(["1", "10.0 ms", "9.0 ms", "10.0 ms", "–", "9.0 ms", "?"], Cells(rows[0]));
        Assert.Equal(["4", "38.0 ms", "30.0 ms", "9.5 ms", "9.3 ms", "8.5 ms", "quiet"], Cells(rows[1]));
        Assert.Contains("the pool's own share a worker (per worker minus bare): 1.0 ms at 1, 1.0 ms at 4", text, StringComparison.Ordinal);
        Assert.Contains("4 bare programs at once took 3.8× as long as one; 2 cores allow 2.0×, one after another is 4×: this machine starts processes about one at a time", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_programs_that_start_side_by_side_are_not_called_one_at_a_time()
    {
        StartupTiming[] timings =
        [
            new(1, TimeSpan.FromMilliseconds(4), TimeSpan.FromMilliseconds(3)) { Bare = TimeSpan.FromMilliseconds(3) },
            new(4, TimeSpan.FromMilliseconds(8), TimeSpan.FromMilliseconds(7)) { Bare = TimeSpan.FromMilliseconds(6), Load = Quiet(cores: 4) },
        ];
        using var output = new StringWriter();

        StartupTable.Write(output, "title", timings, repetitions: 5);

        Assert.Contains("4 bare programs at once took 2.0× as long as one; 4 cores allow 1.0×, one after another is 4×" + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("one at a time", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_that_gives_one_cores_worth_is_not_blamed_on_process_start()
    {
        // The same times, but the host gave the two threads one core's worth of work: four
        // start-ups then take about four times one for that reason alone.
        MachineLoad rationed = Quiet(cores: 2) with { WithheldCores = 1.0 };
        StartupTiming[] timings =
        [
            new(1, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(9)) { Bare = TimeSpan.FromMilliseconds(9) },
            new(4, TimeSpan.FromMilliseconds(38), TimeSpan.FromMilliseconds(30)) { Bare = TimeSpan.FromMilliseconds(34), Load = rationed },
        ];
        using var output = new StringWriter();

        StartupTable.Write(output, "title", timings, repetitions: 5);

        Assert.Contains("4 bare programs at once took 3.8× as long as one; the 1.00 cores' worth the host gave allow 4.0×, one after another is 4×" + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("one at a time", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_whose_cores_others_took_is_called_busy_and_explained()
    {
        // One second of runs on 2 cores, 1.5 of which other processes took: 4 workers wanted both.
        var load = new MachineLoad(WallSeconds: 1, OwnCores: 0.5, OtherCores: 1.5, StealCores: 0, LoadAverage: 2, LogicalCores: 2, UsableCores: 2);
        StartupTiming[] timings = [new(4, TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(35)) { Load = load }];
        using var output = new StringWriter();

        StartupTable.Write(output, "title", timings, repetitions: 50);

        Assert.EndsWith("  busy", output.ToString().Split('\n').First(l => l.TrimStart().StartsWith('4')).TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("busy: 1 of 1 worker counts ran with fewer cores than their workers could use (others took 1.50 of 2 cores at worst)", output.ToString(), StringComparison.Ordinal);
    }

    private static MachineLoad Quiet(int cores) =>
        new(WallSeconds: 1, OwnCores: cores, OtherCores: 0, StealCores: 0, LoadAverage: 0, LogicalCores: cores, UsableCores: cores);

    /// <summary>A row's cells: runs of text separated by two spaces or more, the numbers with their unit.</summary>
    private static string[] Cells(string row) =>
        [.. System.Text.RegularExpressions.Regex.Split(row.Trim(), @"\s{2,}")];
}
