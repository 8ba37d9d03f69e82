using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.Core.Machine;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// "busy" where other processes (or the hypervisor) left a case fewer cores than its workers could
/// use (<see cref="MachineLoad.Contended"/>), so that its time is known to be disturbed; "quiet"
/// otherwise; "?" where the machine's CPU time could not be read.
/// </summary>
internal sealed class MachineColumn(ScalingOptions options) : LabColumn("Machine", "busy: other processes left the case fewer cores than its workers could use (see Others' cores)", priorityInCategory: 3)
{
    public override bool AlwaysShow => true;

    public override bool IsAvailable(Summary summary) => summary?.Reports.Any(r => r.Metrics.ContainsKey(LabMetrics.OtherCores)) ?? false;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        MachineLoad? load = report is null ? null : RecordedLoad.From(report.Metrics.ToDictionary(m => m.Key, m => m.Value.Value), Environment.ProcessorCount);
        return load switch
        {
            null => null,
            { Known: false } => "?",
            _ when load.Contended(ScalingCases.Running(benchmarkCase, options)) => "busy",
            _ => "quiet",
        };
    }
}
