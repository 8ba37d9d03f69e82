using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// Speedup against one worker, S(p) = T(1) / T(p) (Amdahl's definition), for every case with a
/// worker-count parameter (Workers, Jobs, Ranks): the same method and other parameters with the
/// count at 1 is the baseline. BenchmarkDotNet's Ratio compares methods, not parameter values.
/// </summary>
internal sealed class SpeedupColumn : IColumn
{
    public static readonly IReadOnlySet<string> WorkerParameters = new HashSet<string>(StringComparer.Ordinal) { "Workers", "Jobs", "Ranks" };

    public string Id => nameof(SpeedupColumn);

    public string ColumnName => "Speedup vs 1";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "T(1 worker) / T(this case), same method and other parameters";

    public bool IsAvailable(Summary summary) => summary?.BenchmarksCases.Any(c => WorkerCount(c) is not null) ?? false;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (WorkerCount(benchmarkCase) is null)
        {
            return "-";
        }

        BenchmarkCase? single = summary.BenchmarksCases.FirstOrDefault(c =>
            WorkerCount(c) == 1
            && c.Descriptor.Equals(benchmarkCase.Descriptor)
            && c.Job.Id == benchmarkCase.Job.Id
            && OtherParameters(c) == OtherParameters(benchmarkCase));
        double? baseline = single is null ? null : summary[single]?.ResultStatistics?.Mean;
        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return baseline is > 0 && mean is > 0 ? (baseline.Value / mean.Value).ToString("F2", CultureInfo.InvariantCulture) : "?";
    }

    private static int? WorkerCount(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => WorkerParameters.Contains(p.Name))?.Value as int?;

    private static string OtherParameters(BenchmarkCase benchmarkCase) =>
        string.Join("&", benchmarkCase.Parameters.Items.Where(p => !WorkerParameters.Contains(p.Name)).Select(p => $"{p.Name}={p.Value}"));
}
