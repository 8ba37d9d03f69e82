namespace ParallelLab.Reporting.Results;

/// <summary>The machine a run measured, as BenchmarkDotNet recorded it.</summary>
public sealed record HostEnvironment(string Processor, int LogicalCores, int PhysicalCores, string OperatingSystem, string Runtime, string BenchmarkDotNet)
{
    public static HostEnvironment Unknown { get; } = new("unknown", 0, 0, "unknown", "unknown", "unknown");

    public override string ToString() => $"{Processor}, {PhysicalCores} cores ({LogicalCores} logical), {OperatingSystem}, {Runtime}, BenchmarkDotNet {BenchmarkDotNet}";
}
