using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.Core.Corpus;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// Megabytes of corpus text per second (10^6 bytes of the book files), for benchmarks marked
/// <see cref="WholeCorpusAttribute"/>: corpus size divided by the mean time of one operation.
/// </summary>
internal sealed class CorpusThroughputColumn : IColumn
{
    private readonly Lazy<long> _corpusBytes = new(() => CorpusLocator.Resolve().TotalBytes);

    public string Id => nameof(CorpusThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Corpus megabytes (10^6 bytes) processed per second: corpus size / Mean";

    public bool IsAvailable(Summary summary) => summary?.BenchmarksCases.Any(Applies) ?? false;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (!Applies(benchmarkCase) || meanNanoseconds is not > 0)
        {
            return "-";
        }

        double megabytesPerSecond = _corpusBytes.Value / 1e6 / (meanNanoseconds.Value / 1e9);
        return megabytesPerSecond.ToString("F1", CultureInfo.InvariantCulture);
    }

    private static bool Applies(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<WholeCorpusAttribute>() is not null;
}
