using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Tests.Analysis;

public class SerialBaselineTests
{
    [Fact]
    public void Speedup_against_serial_and_against_one_worker_are_both_right_on_a_known_pool()
    {
        // Serial 100 ms; the pool pays 35 % at one worker (135 ms) and halves that at two (67.5 ms).
        BenchmarkResult[] results =
        [
            Synthetic.Case("ProcessPool", "Serial", 1, [100e6, 100e6]),
            Synthetic.Case("ProcessPool", "Serial", 2, [100e6, 100e6]),
            Synthetic.Case("ProcessPool", "AcfOverWords", 1, [135e6, 135e6]),
            Synthetic.Case("ProcessPool", "AcfOverWords", 2, [67.5e6, 67.5e6]),
        ];

        ScalingAnalysis analysis = ScalingAnalysis.Of(Assert.Single(ScalingGroup.From(results)), cores: 2)!;

        Assert.Equal(100e6, analysis.SerialMeanNanoseconds!.Value, 6);
        ScalingPoint one = analysis.Points[0];
        ScalingPoint two = analysis.Points[1];
        Assert.Equal(1, one.Speedup, 12);
        Assert.Equal(100 / 135.0, one.AgainstSerial!.Value, 12);
        Assert.Equal(2, two.Speedup, 12);
        Assert.Equal(100 / 67.5, two.AgainstSerial!.Value, 12);
        Assert.Equal(two.AgainstSerial.Value, two.AgainstSerial.Low, 9);
    }

    [Fact]
    public void Serial_parts_are_references_never_scaling_groups()
    {
        BenchmarkResult[] results =
        [
            .. Synthetic.Amdahl(0.1, [1, 2, 4]),
            .. Synthetic.Amdahl(0, [1, 2, 4], method: "Serial"),
            .. Synthetic.Amdahl(0, [1, 2, 4], method: "Merge"),
            .. Synthetic.Amdahl(0, [1, 2, 4], method: "Sequential", type: "IoThreads"),
        ];

        IReadOnlyList<ScalingGroup> groups = ScalingGroup.From(results);

        ScalingGroup group = Assert.Single(groups);
        Assert.Equal("ParallelFor", group.Case);
        Assert.Equal(["Serial", "Serial", "Serial"], group.Serial.Select(r => r.Method));
    }

    [Fact]
    public void A_class_without_a_serial_baseline_has_no_speedup_against_serial()
    {
        ScalingAnalysis analysis = ScalingAnalysis.Of(Assert.Single(ScalingGroup.From(Synthetic.Amdahl(0.1, [1, 2], method: "WordCount", type: "Workflow"))), cores: 2)!;

        Assert.Null(analysis.SerialMeanNanoseconds);
        Assert.All(analysis.Points, p => Assert.Null(p.AgainstSerial));
    }

    [Fact]
    public void A_class_that_measures_a_cost_is_a_cost_per_worker_not_a_speedup()
    {
        BenchmarkResult[] results =
        [
            Synthetic.WithLoad(Synthetic.Case("PoolStartup", "StartAndStop", 1, [40e6]), 0, cost: true),
            Synthetic.WithLoad(Synthetic.Case("PoolStartup", "StartAndStop", 2, [50e6]), 0, cost: true),
            Synthetic.WithLoad(Synthetic.Case("PoolStartup", "StartAndStop", 4, [90e6]), 0, cost: true),
        ];

        ScalingGroup group = Assert.Single(ScalingGroup.From(results));
        CostAnalysis cost = CostAnalysis.Of(group);

        Assert.True(group.MeasuresCost);
        Assert.Equal([40e6, 25e6, 22.5e6], cost.Points.Select(p => p.PerWorkerNanoseconds));
        Assert.Equal([null, 10e6, 20e6], cost.Points.Select(p => p.AddedPerWorkerNanoseconds));
    }
}
