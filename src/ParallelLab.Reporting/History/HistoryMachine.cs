using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.History;

/// <summary>
/// The machine that measured: a name (by default the host's) and what BenchmarkDotNet recorded
/// of it. A history compares a case only with itself on the same machine, because times from two
/// machines differ for reasons no commit caused.
/// </summary>
public sealed record HistoryMachine(string Name, string Processor, int LogicalCores, int PhysicalCores, string OperatingSystem, string Runtime)
{
    public static HistoryMachine Of(string name, HostEnvironment host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new HistoryMachine(name, host.Processor, host.LogicalCores, host.PhysicalCores, host.OperatingSystem, host.Runtime);
    }

    public override string ToString() => $"{Name} ({Processor}, {LogicalCores} logical cores, {OperatingSystem}, {Runtime})";
}
