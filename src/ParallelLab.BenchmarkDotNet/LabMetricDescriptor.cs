using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// One of the lab's metrics (<see cref="ParallelLab.Reporting.Analysis.LabMetrics"/>): a number
/// without a unit; shown as a column of the summary only where <paramref name="shown"/> says so,
/// and always written to the full JSON report.
/// </summary>
internal sealed class LabMetricDescriptor(string id, string displayName, string legend, Func<double, bool> shown) : IMetricDescriptor
{
    public string Id => id;

    public string DisplayName => displayName;

    public string Legend => legend;

    public string NumberFormat => "0.00";

    public UnitType UnitType => UnitType.Dimensionless;

    public string Unit => string.Empty;

    public bool TheGreaterTheBetter => false;

    public int PriorityInCategory => 0;

    public bool GetIsAvailable(Metric metric) => metric is not null && shown(metric.Value);

    public Metric Of(double value) => new(this, value);
}
