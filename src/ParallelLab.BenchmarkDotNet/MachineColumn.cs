using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.Core.Machine;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

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
        // The reporter's own judgement of the case (WorkerAxis.Contended), so that the table and the report agree.
        BenchmarkResult? result = ScalingCases.Analyse(summary, options).ResultOf(benchmarkCase);
        return result?.Load switch
        {
            null => null,
            { Known: false } => "?",
            _ when WorkerAxis.Contended(result) => "busy",
            _ => "quiet",
        };
    }
}
