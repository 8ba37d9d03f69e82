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
    public void Each_count_keeps_its_median_and_its_fastest_run()
    {
        // Timed runs of 2, 200 and 10 ms (after an untimed one): the median is 10 ms, the mean 71 ms.
        // A sleep may overrun by a few milliseconds on a busy machine, never by 50.
        var durations = new Queue<int>([0, 2, 200, 10]);

        StartupTiming timing = Assert.Single(StartupMeasurement.Measure([2], repetitions: 3, _ => Thread.Sleep(durations.Dequeue())));

        Assert.InRange(timing.Fastest.TotalMilliseconds, 2, 9.9);
        Assert.InRange(timing.Median.TotalMilliseconds, 10, 60);
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

    /// <summary>A row's cells: runs of text separated by two spaces or more, the numbers with their unit.</summary>
    private static string[] Cells(string row) =>
        [.. System.Text.RegularExpressions.Regex.Split(row.Trim(), @"\s{2,}")];
}
