using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// What the lab's columns share: a number without a unit, in BenchmarkDotNet's custom category,
/// "-" where the column does not apply to a case. A column says only its name, its legend, where
/// it applies and its value.
/// </summary>
public abstract class LabColumn(string columnName, string legend, int priorityInCategory = 0) : IColumn
{
    public virtual string Id => GetType().Name;

    public string ColumnName => columnName;

    public string Legend => legend;

    public virtual bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priorityInCategory;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public abstract bool IsAvailable(Summary summary);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return Value(summary, benchmarkCase) ?? "-";
    }

    /// <summary>The case's value, or null where the column does not apply.</summary>
    protected abstract string? Value(Summary summary, BenchmarkCase benchmarkCase);

    /// <summary>The case's mean time in nanoseconds, when it has one.</summary>
    protected static double? MeanNanoseconds(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean is > 0 and var mean ? mean : null;
}
