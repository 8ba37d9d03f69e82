using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;

namespace ParallelLab.BenchmarkDotNet;

/// <summary><c>config.AddScaling()</c>, in the style of BenchmarkDotNet's own <c>AddColumn</c>, <c>AddExporter</c>, ….</summary>
public static class ScalingConfigExtensions
{
    /// <summary>
    /// A copy of <paramref name="config"/> with the scaling analysis: Speedup and Efficiency
    /// columns, the machine's load recorded with every case (and shown as a Machine column), the
    /// cases of each class run in a shuffled order (unless the config has its own orderer), the
    /// full JSON that <c>parallellab report</c> and <c>parallellab compare</c> read, and the
    /// scaling report written after the run.
    /// </summary>
    public static ManualConfig AddScaling(this IConfig config, ScalingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ManualConfig scaled = ManualConfig.Create(config);
        AddScalingTo(scaled, options ?? ScalingOptions.Default);
        return scaled;
    }

    internal static void AddScalingTo(ManualConfig config, ScalingOptions options)
    {
        var recorder = new MachineLoadRecorder();
        config.AddExporter(JsonExporter.Full)
            .AddColumn(ScalingPointColumn.Speedup(options), ScalingPointColumn.Efficiency(options), new MachineColumn(options))
            .AddDiagnoser(recorder)
            .AddEventProcessor(recorder);
        if (config.Orderer is null)
        {
            config.WithOrderer(new ShuffledOrderer(options.OrderSeed ?? Random.Shared.Next(1, 1_000_000)));
        }

        if (options.WriteReport)
        {
            config.AddExporter(new ScalingReportExporter(options));
        }
    }
}
