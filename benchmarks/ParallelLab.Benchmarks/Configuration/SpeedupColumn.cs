using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// Speedup against one worker, S(p) = T(1) / T(p) (Amdahl's definition), for every case with a
/// worker-count parameter (<see cref="BenchmarkConventions.WorkerParameters"/>): the same method
/// and other parameters with the count at 1 is the baseline. BenchmarkDotNet's Ratio compares
/// methods, not parameter values.
/// </summary>
internal sealed class SpeedupColumn() : LabColumn("Speedup vs 1", "T(1 worker) / T(this case), same method and other parameters", priorityInCategory: 1)
{
    public override bool IsAvailable(Summary summary) => summary?.BenchmarksCases.Any(c => CaseWorkers.Parameter(c) is not null) ?? false;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (CaseWorkers.Parameter(benchmarkCase) is null)
        {
            return null;
        }

        BenchmarkCase? single = summary.BenchmarksCases.FirstOrDefault(c =>
            CaseWorkers.Parameter(c) == 1
            && c.Descriptor.Equals(benchmarkCase.Descriptor)
            && c.Job.Id == benchmarkCase.Job.Id
            && CaseWorkers.OtherParameters(c) == CaseWorkers.OtherParameters(benchmarkCase));
        double? baseline = single is null ? null : MeanNanoseconds(summary, single);
        return baseline is { } one && MeanNanoseconds(summary, benchmarkCase) is { } mean ? (one / mean).ToString("F2", CultureInfo.InvariantCulture) : "?";
    }
}
