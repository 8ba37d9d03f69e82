using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Benchmarks.Workloads;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// A <see cref="NativeBlas"/> case's GFLOP/s as a share of the attainable peak measured in the same
/// run: the fastest OpenBLAS dgemm (<see cref="NativeBlas.Multiply"/>) of the same job, i.e. the
/// same thread count. dgemm is the one kernel that runs near the hardware's floating-point peak,
/// so this says how much of what the machine can do an inverse gets, without trusting a nominal
/// clock (a VM's is often wrong, and turbo changes it).
/// </summary>
internal sealed class DgemmPeakColumn() : LabColumn("% of dgemm", "GFLOP/s as a share of the fastest OpenBLAS dgemm with the same threads in this run (the attainable peak)", priorityInCategory: 1)
{
    public override bool IsAvailable(Summary summary) => true;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        double? rate = Gflops(summary, benchmarkCase);
        double? peak = summary.BenchmarksCases
            .Where(c => c.Job == benchmarkCase.Job && c.Descriptor.WorkloadMethod.Name == nameof(NativeBlas.Multiply)
                && c.Parameters["Case"] is BlasCase { Backend: "openblas" })
            .Select(c => Gflops(summary, c))
            .Max();
        return rate is { } r && peak is > 0 and var p ? (100 * r / p).ToString("F0", CultureInfo.InvariantCulture) : null;
    }

    private static double? Gflops(Summary summary, BenchmarkCase benchmarkCase) =>
        MeanNanoseconds(summary, benchmarkCase) is { } mean && GflopsColumn.Flops(benchmarkCase) is { } flops ? flops / mean : null;
}
