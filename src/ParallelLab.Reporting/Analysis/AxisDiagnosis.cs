using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// Why results gave no scaling group, in one line a user can act on: which parameters and job
/// variables were seen, and how to name the axis. A report on results without a worker axis is
/// still a report (times per case); only this line says what would make it a scaling report.
/// </summary>
public static class AxisDiagnosis
{
    /// <summary>Names understood without <c>--axis</c>, for the hint.</summary>
    private const string KnownNames = "Threads, ThreadCount, Workers, DegreeOfParallelism, MaxDegreeOfParallelism, Parallelism, Cores, Processes, Ranks, Jobs, Tasks, or a job's OMP_NUM_THREADS, DOTNET_PROCESSOR_COUNT, DOTNET_GCHeapCount";

    /// <summary>The line that refuses an axis the user named (<c>--axis</c>) that no case has, or null when some case has it or none was named.</summary>
    public static string? MissingNamedAxis(ScalingConventions conventions, IReadOnlyList<BenchmarkResult> results)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        ArgumentNullException.ThrowIfNull(results);
        string? named = conventions.Axis;
        return named is null || results.Any(r => WorkerAxis.Of(r) is not null)
            ? null
            : $"no case has a parameter or job variable '{named}' holding a whole number of at least 1 ({Seen(results)})";
    }

    /// <summary>The line that explains an empty scaling analysis, or null when some case has a worker axis measured at two or more counts.</summary>
    public static string? WhyNoScaling(IReadOnlyList<BenchmarkResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        IReadOnlyList<ScalingGroup> groups = ScalingGroup.From(results);
        if (groups.Any(g => g.Points[0].Workers == 1))
        {
            return null;
        }

        if (groups.Count > 0)
        {
            string counts = string.Join(", ", groups.GroupBy(g => g.Axis).Select(a => $"{a.Key}: {string.Join(", ", a.SelectMany(g => g.Points.Select(p => p.Workers)).Distinct().Order())}"));
            return $"no scaling group has a case at 1 worker, the reference every speedup divides ({counts})";
        }

        var withAxis = results.Select(r => (Result: r, Axis: WorkerAxis.Of(r))).Where(x => x.Axis is not null).ToArray();
        if (withAxis.Length > 0)
        {
            string axes = string.Join(", ", withAxis.GroupBy(x => x.Axis!.Value.Axis).Select(g => $"{g.Key} ({string.Join(", ", g.Select(x => x.Axis!.Value.Workers).Distinct().Order())})"));
            return $"no scaling group: every case was measured at one worker count only ({axes}); a speedup needs the same case at two or more counts, one of them 1";
        }

        if (results.Count > 0 && MissingNamedAxis(results[0].Conventions, results) is { } missing)
        {
            return missing;
        }

        if (results.Count > 0 && results.All(BenchmarkConventions.IsLabsOwn))
        {
            // The lab's own classes without a worker count are serial by design: naming an axis would not help.
            string classes = string.Join(", ", results.Select(r => r.Type.Split('.')[^1]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            return $"no scaling group: {classes} measure{(classes.Contains(',', StringComparison.Ordinal) ? "" : "s")} serial work, with no worker count; speedups come from the classes that have one (CpuThreads, ProcessPool, Workflow, ...), e.g. ./run-benchmarks.sh '*CpuThreads*'";
        }

        string seen = Seen(results);

        string[] ambiguous = [.. results.Select(r => r.Parameters.Keys.Where(BenchmarkConventions.IsWorkerName).ToArray()).Where(names => names.Length > 1).SelectMany(names => names).Distinct().Order(StringComparer.Ordinal)];
        return ambiguous.Length > 1
            ? $"no worker axis: {string.Join(" and ", ambiguous)} each look like a worker count; name the one that scales with --axis NAME ({seen})"
            : $"no worker axis ({seen}); name it with --axis NAME, an integer parameter or a job's environment variable (understood without it: {KnownNames})";
    }

    /// <summary>"parameters seen: Size (2 values), Function (2 values); no job variables".</summary>
    private static string Seen(IReadOnlyList<BenchmarkResult> results)
    {
        string Values(IEnumerable<IReadOnlyDictionary<string, string>> sets)
        {
            string[] names = [.. sets.SelectMany(s => s.Keys).Distinct().Order(StringComparer.Ordinal)];
            return string.Join(", ", names.Select(n =>
            {
                string[] values = [.. sets.Select(s => s.TryGetValue(n, out string? v) ? v : null).OfType<string>().Distinct()];
                return values.Length <= 3 ? $"{n}={string.Join("|", values)}" : $"{n} ({values.Length} values)";
            }));
        }

        string parameters = Values(results.Select(r => r.Parameters));
        string variables = Values(results.Select(r => r.JobEnvironment));
        return string.Join("; ", new[]
        {
            parameters.Length == 0 ? "no parameters" : $"parameters seen: {parameters}",
            variables.Length == 0 ? "no job variables" : $"job variables seen: {variables}",
        });
    }
}
