using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Order;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Benchmarks.Configuration;

namespace ParallelLab.Benchmarks.Tests;

/// <summary>What <c>[Config(typeof(ScalingConfig))]</c> and <c>config.AddScaling()</c> give anyone's benchmarks, and the lab's.</summary>
public class ScalingConfigTests
{
    [Fact]
    public void Scaling_adds_the_columns_the_recorder_the_json_the_shuffle_and_the_report()
    {
        var config = new ScalingConfig();

        // The columns themselves are seen in a real summary: SampleTests.
        Assert.Contains(config.GetExporters(), e => ReferenceEquals(e, JsonExporter.Full));
        Assert.Contains(config.GetExporters(), e => e is ScalingReportExporter);
        Assert.Contains(config.GetDiagnosers(), d => d is MachineLoadRecorder);
        Assert.Contains(config.GetEventProcessors(), e => e is MachineLoadRecorder);
        Assert.IsType<ShuffledOrderer>(config.Orderer);
    }

    [Fact]
    public void AddScaling_copies_the_config_keeps_its_own_orderer_and_may_leave_out_the_report()
    {
        var mine = new DefaultOrderer(SummaryOrderPolicy.FastestToSlowest);
        ManualConfig original = ManualConfig.CreateEmpty().WithOrderer(mine);

        ManualConfig scaled = original.AddScaling(new ScalingOptions { WriteReport = false, OrderSeed = 3 });

        Assert.Same(mine, scaled.Orderer);
        Assert.DoesNotContain(scaled.GetExporters(), e => e is ScalingReportExporter);
        Assert.Contains(scaled.GetExporters(), e => ReferenceEquals(e, JsonExporter.Full));
        Assert.Empty(original.GetExporters());
        Assert.Equal(3, Assert.IsType<ShuffledOrderer>(ManualConfig.CreateEmpty().AddScaling(new ScalingOptions { OrderSeed = 3 }).Orderer).Seed);
    }

    [Fact]
    public void The_lab_uses_the_same_scaling_analysis()
    {
        IConfig config = LabConfig.Create(LabArguments.Extract([]));

        Assert.Contains(config.GetExporters(), e => e is ScalingReportExporter);
        Assert.Contains(config.GetDiagnosers(), d => d is MachineLoadRecorder);
        Assert.Equal(1, config.GetDiagnosers().Count(d => d is MachineLoadRecorder));
    }
}
