using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Core.Linear;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// GFLOP/s of a <see cref="NativeBlas"/> case: the standard operation count of what the row
/// times (an LU inverse, or a dgemm) over the mean time.
/// </summary>
internal sealed class GflopsColumn() : LabColumn("GFLOP/s", "Billions of floating-point operations per second: the operation's standard count (LU inverse 2n³, dgemm 2n³) / Mean")
{
    public override bool AlwaysShow => true;

    public override bool IsAvailable(Summary summary) => true;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        MeanNanoseconds(summary, benchmarkCase) is { } mean && Flops(benchmarkCase) is { } flops
            ? (flops / (mean / 1e9) / 1e9).ToString("F2", CultureInfo.InvariantCulture)
            : null;

    /// <summary>The operation count of what the case times, or null for a case that is not a BLAS case.</summary>
    internal static double? Flops(BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Parameters["Case"] is not BlasCase blasCase)
        {
            return null;
        }

        return benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(NativeBlas.Multiply)
            ? TestMatrices.MultiplyFlops(blasCase.Size)
            : TestMatrices.InversionFlops(blasCase.Size, MatrixKind.Symmetric);
    }
}
