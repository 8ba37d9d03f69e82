using ParallelLab.Core.IO;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Reporting.Results;

/// <summary>
/// The cases of one or more result files (files, or folders searched for
/// <c>*-report-full.json</c>). A case measured in several runs keeps its latest run, or, when
/// asked, pools them: their iterations together, as an interleaved comparison (base, new, new,
/// base) measures each side twice.
/// </summary>
public sealed class ResultSet
{
    private ResultSet(IReadOnlyList<BenchmarkResult> results, HostEnvironment host, IReadOnlyList<string> files)
    {
        Results = results;
        Host = host;
        Files = files;
    }

    /// <summary>Every case, ordered by class, method and parameters.</summary>
    public IReadOnlyList<BenchmarkResult> Results { get; }

    /// <summary>The machine of the latest run read.</summary>
    public HostEnvironment Host { get; }

    public IReadOnlyList<string> Files { get; }

    /// <summary>True when every case is one of the lab's own benchmarks (<see cref="BenchmarkConventions.LabNamespace"/>).</summary>
    public bool IsLabsOwn => Results.All(BenchmarkConventions.IsLabsOwn);

    /// <summary>Cases already in memory (a run that has just finished), in the order <see cref="Load(IEnumerable{string}, bool, ScalingConventions)"/> gives.</summary>
    public static ResultSet Of(IEnumerable<BenchmarkResult> results, HostEnvironment host)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(host);
        return new ResultSet([.. results.OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)], host, []);
    }

    public static ResultSet Load(IEnumerable<string> paths) => Load(paths, poolRuns: false);

    public static ResultSet Load(IEnumerable<string> paths, bool poolRuns) => Load(paths, poolRuns, ScalingConventions.Default);

    /// <param name="paths">Files, or folders searched for <c>*-report-full.json</c>.</param>
    /// <param name="poolRuns">
    /// Several runs of one case become one: iterations in run order, the latest run's metrics, and
    /// the machine's load of the busiest run (a case is comparable only if every run of it was).
    /// </param>
    /// <param name="conventions">The worker axis and baseline the user named, given to every case.</param>
    public static ResultSet Load(IEnumerable<string> paths, bool poolRuns, ScalingConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        ArgumentNullException.ThrowIfNull(paths);
        string[] files = [.. paths.SelectMany(Expand).Distinct(StringComparer.Ordinal)];
        if (files.Length == 0)
        {
            throw new InputException("no results given");
        }

        var latest = new Dictionary<string, BenchmarkResult>(StringComparer.Ordinal);
        HostEnvironment host = HostEnvironment.Unknown;
        DateTime hostRun = DateTime.MinValue;
        foreach (string file in files)
        {
            (HostEnvironment fileHost, IReadOnlyList<BenchmarkResult> results) = ResultFile.Read(file);
            foreach (BenchmarkResult result in results.Select(r => r with { Conventions = conventions }))
            {
                if (!latest.TryGetValue(result.Key, out BenchmarkResult? existing))
                {
                    latest[result.Key] = result;
                }
                else if (poolRuns)
                {
                    latest[result.Key] = Pool(existing, result);
                }
                else if (existing.RunStarted <= result.RunStarted)
                {
                    latest[result.Key] = result;
                }

                if (result.RunStarted >= hostRun)
                {
                    (host, hostRun) = (fileHost, result.RunStarted);
                }
            }
        }

        BenchmarkResult[] ordered = [.. latest.Values.OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)];
        return new ResultSet(ordered, host, files);
    }

    private static BenchmarkResult Pool(BenchmarkResult one, BenchmarkResult other)
    {
        (BenchmarkResult earlier, BenchmarkResult later) = one.RunStarted <= other.RunStarted ? (one, other) : (other, one);
        Core.Machine.MachineLoad? busiest = new[] { earlier.Load, later.Load }.OfType<Core.Machine.MachineLoad>().MaxBy(l => double.IsFinite(l.TakenCores) ? l.TakenCores : double.MaxValue);
        return later with { Nanoseconds = [.. earlier.Nanoseconds, .. later.Nanoseconds], Load = busiest };
    }

    private static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            string[] found = [.. Directory.EnumerateFiles(path, "*" + ResultFile.FileSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
            return found.Length > 0
                ? found
                : throw new InputException($"results folder '{path}' has no *{ResultFile.FileSuffix} files (BenchmarkDotNet's full JSON exporter writes them)");
        }

        return File.Exists(path) ? [path] : throw new InputException($"results '{path}' do not exist");
    }
}
