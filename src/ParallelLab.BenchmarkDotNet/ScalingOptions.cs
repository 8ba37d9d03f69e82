using ParallelLab.Reporting.Analysis;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>What <see cref="ScalingConfigExtensions.AddScaling"/> adds, where the defaults do not suit.</summary>
public sealed record ScalingOptions
{
    public static ScalingOptions Default { get; } = new();

    /// <summary>
    /// The worker axis, when its name does not say so: an integer parameter or a job's environment
    /// variable. By default a parameter named like Threads, ThreadCount, Workers,
    /// DegreeOfParallelism, … (any case), else a job's OMP_NUM_THREADS, DOTNET_PROCESSOR_COUNT, ….
    /// </summary>
    public string? Axis { get; init; }

    /// <summary>
    /// The seed of the shuffled order in which each class runs its cases (<see cref="ShuffledOrderer"/>);
    /// by default a new one each run. A configuration with its own orderer keeps it.
    /// </summary>
    public int? OrderSeed { get; init; }

    /// <summary>Write the scaling report (index.md, index.html, charts) beside BenchmarkDotNet's own after each run; on by default.</summary>
    public bool WriteReport { get; init; } = true;

    internal ScalingConventions Conventions => new(Axis);
}
