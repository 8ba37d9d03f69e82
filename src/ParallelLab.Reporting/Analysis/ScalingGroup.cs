using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// The cases that differ only in worker count: one paradigm (benchmark class), one case (method)
/// and one workload (every other parameter), measured at several worker counts; with its class's
/// serial baseline on the same workload, when the class has one. The methods that time a serial
/// part (<see cref="BenchmarkConventions.SerialMethods"/>) are references, never groups.
/// </summary>
public sealed record ScalingGroup(string Paradigm, string Case, string Workload, string Axis, IReadOnlyList<(int Workers, BenchmarkResult Result)> Points)
{
    /// <summary>
    /// The class's serial baseline (<see cref="BenchmarkConventions.IsBaseline"/>) on the same
    /// workload and job: one result per worker count the class set, although it uses none, so
    /// several samples of the same serial time. Empty when the class has no baseline.
    /// </summary>
    public IReadOnlyList<BenchmarkResult> Serial { get; init; } = [];

    /// <summary>True for a group whose class measures a cost against its worker count (<see cref="LabMetrics.CostAgainstWorkers"/>): no speedup, efficiency or law.</summary>
    public bool MeasuresCost => Points.Any(p => p.Result.MeasuresCost);

    /// <summary>"CpuThreads.ParallelFor [Work=AcfOverWords]".</summary>
    public string Name => Workload.Length == 0 ? $"{Paradigm}.{Case}" : $"{Paradigm}.{Case} [{Workload}]";

    /// <summary>The kernel the case runs: its <c>Work</c> parameter when it has one, else the method's name.</summary>
    public string Kernel => Points[0].Result.Parameters.TryGetValue(BenchmarkConventions.Kernel, out string? work) ? work : Case;

    /// <summary>
    /// Groups every case that has a worker count, but the serial parts; cases measured at one
    /// count only are left out.
    /// </summary>
    public static IReadOnlyList<ScalingGroup> From(IEnumerable<BenchmarkResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        BenchmarkResult[] all = [.. results];
        // A job is worth naming only where a class ran under more than one (the CLI's --job, or a merged set).
        var manyJobs = all.GroupBy(r => r.Type).Where(t => t.Select(r => r.JobId).Distinct().Count() > 1).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var measured = all
            .Select(r => (Result: r, Axis: WorkerAxis.Of(r)))
            .Where(x => x.Axis is not null && x.Result.Nanoseconds.Count > 0)
            .Select(x => (x.Result, x.Axis!.Value.Axis, x.Axis!.Value.Workers, Workload: WorkloadOf(x.Result, x.Axis!.Value.Axis), Job: JobOf(x.Result, x.Axis!.Value.Axis)))
            .ToArray();
        var baselines = measured
            .Where(x => BenchmarkConventions.IsBaseline(x.Result))
            .ToLookup(x => (x.Result.Type, x.Workload, x.Job), x => x.Result);
        var groups = new List<ScalingGroup>();
        foreach (var group in measured
            .Where(x => !BenchmarkConventions.IsSerialPart(x.Result))
            .GroupBy(x => (x.Result.Type, x.Result.Method, x.Workload, x.Axis, x.Job)))
        {
            var points = group.Select(x => (x.Workers, x.Result)).OrderBy(p => p.Workers).ToList();
            if (points.Select(p => p.Workers).Distinct().Count() == points.Count && points.Count >= 2)
            {
                string workload = group.Key.Job.Length == 0 || !manyJobs.Contains(group.Key.Type)
                    ? group.Key.Workload
                    : string.Join(", ", new[] { group.Key.Workload, $"job {group.Key.Job}" }.Where(s => s.Length > 0));
                groups.Add(new ScalingGroup(group.Key.Type, group.Key.Method, workload, group.Key.Axis, points)
                {
                    Serial = [.. baselines[(group.Key.Type, group.Key.Workload, group.Key.Job)]],
                });
            }
        }

        return [.. groups.OrderBy(g => g.Paradigm, StringComparer.Ordinal).ThenBy(g => g.Name, StringComparer.Ordinal)];
    }

    private static string WorkloadOf(BenchmarkResult result, string axis) =>
        string.Join(", ", result.Parameters.Where(p => p.Key != axis).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    /// <summary>The job belongs to the group unless the job itself is the axis (one job per thread count).</summary>
    private static string JobOf(BenchmarkResult result, string axis) =>
        result.JobEnvironment.ContainsKey(axis) ? string.Empty : result.JobId;
}
