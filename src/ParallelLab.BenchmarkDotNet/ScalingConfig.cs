using BenchmarkDotNet.Configs;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// The scaling configuration for a benchmark class, as an attribute takes it:
/// <c>[Config(typeof(ScalingConfig))]</c>. Adds Speedup and Efficiency columns against the class's
/// worker axis, records the machine's load with every case, and writes the scaling report after
/// the run (<see cref="ScalingConfigExtensions.AddScaling"/>).
/// </summary>
public class ScalingConfig : ManualConfig
{
    public ScalingConfig()
        : this(ScalingOptions.Default)
    {
    }

    protected ScalingConfig(ScalingOptions options) => ScalingConfigExtensions.AddScalingTo(this, options);
}
