using ParallelLab.Core.Machine;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// A case's <see cref="MachineLoad"/> from the metrics the lab recorded with it (<see cref="LabMetrics"/>),
/// read the same way by the BenchmarkDotNet column that prints it and by the reporter.
/// </summary>
public static class RecordedLoad
{
    /// <summary>
    /// The load, or null when the case was measured without the lab's recorder (an older result,
    /// another configuration); a load that is not <see cref="MachineLoad.Known"/> when the case's
    /// window was too short to judge.
    /// </summary>
    /// <param name="metrics">The case's metrics by id.</param>
    /// <param name="logicalCores">The machine's cores, for a result that did not record them.</param>
    public static MachineLoad? From(IReadOnlyDictionary<string, double> metrics, int logicalCores)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        // A window too short to judge leaves OtherCores unwritten (NaN) but its length recorded.
        if (!metrics.TryGetValue(LabMetrics.OtherCores, out double others) && !metrics.ContainsKey(LabMetrics.Seconds))
        {
            return null;
        }

        others = metrics.ContainsKey(LabMetrics.OtherCores) ? others : double.NaN;
        double Value(string id) => metrics.TryGetValue(id, out double value) ? value : double.NaN;
        int Count(string id, int otherwise) => double.IsFinite(Value(id)) && Value(id) >= 1 ? (int)Value(id) : otherwise;
        int cores = Count(LabMetrics.Cores, logicalCores);
        return new MachineLoad(Value(LabMetrics.Seconds), Value(LabMetrics.OwnCores), others, Value(LabMetrics.StealCores), Value(LabMetrics.LoadAverage), cores, Count(LabMetrics.UsableCores, cores))
        {
            // Results recorded before the probe, or where it did not run, withheld nothing they know of.
            WithheldCores = double.IsFinite(Value(LabMetrics.WithheldCores)) ? Value(LabMetrics.WithheldCores) : 0,
        };
    }
}
