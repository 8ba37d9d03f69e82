using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Core.Linear;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// GFLOP/s of a <see cref="NativeBlas"/> case: the standard operation count (2n³ for an LU inverse
/// or a matrix product) over the mean time.
/// </summary>
internal sealed class GflopsColumn : IColumn
{
    public string Id => nameof(GflopsColumn);

    public string ColumnName => "GFLOP/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Billions of floating-point operations per second: 2n³ (LU inverse, or dgemm) / Mean";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0 || benchmarkCase.Parameters["Case"] is not BlasCase blasCase)
        {
            return "-";
        }

        double flops = TestMatrices.InversionFlops(blasCase.Size, MatrixKind.Symmetric);
        return (flops / (mean.Value / 1e9) / 1e9).ToString("F2", CultureInfo.InvariantCulture);
    }
}
