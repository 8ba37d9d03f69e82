using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.Benchmarks.Workloads;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// The threads the library really used in a <see cref="NativeBlas"/> case, next to the
/// OMP_NUM_THREADS its job asked for: OpenBLAS caps the count at the cores it sees, silently.
/// </summary>
internal sealed class ThreadsInEffectColumn : IColumn
{
    public string Id => nameof(ThreadsInEffectColumn);

    public string ColumnName => "Threads used";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Threads the library reported in effect (openblas_get_num_threads, or Math.NET's MaxDegreeOfParallelism)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        string? requested = benchmarkCase.Job.Environment.EnvironmentVariables?.FirstOrDefault(v => v.Key == "OMP_NUM_THREADS")?.Value;
        return benchmarkCase.Parameters["Case"] is BlasCase blasCase
               && int.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out int threads)
            ? ThreadsInEffect.Read(blasCase.Backend, threads) ?? "?"
            : "-";
    }
}
