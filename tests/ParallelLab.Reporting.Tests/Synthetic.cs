using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Tests;

/// <summary>Benchmark results with known answers: times that follow a chosen law, with seeded noise.</summary>
internal static class Synthetic
{
    public static BenchmarkResult Case(string type, string method, int workers, IReadOnlyList<double> nanoseconds, string work = "AcfOverWords", string job = "Workstation") => new()
    {
        Type = type,
        Method = method,
        Parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["Workers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Work"] = work },
        JobId = job,
        JobEnvironment = new Dictionary<string, string>(StringComparer.Ordinal),
        Nanoseconds = nanoseconds,
        RunStarted = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Local),
    };

    /// <summary>T(p) = T(1) (s + (1 − s)/p), each iteration times (1 + noise × a uniform value in [−1, 1]).</summary>
    public static IReadOnlyList<BenchmarkResult> Amdahl(double serialFraction, IEnumerable<int> workers, double noise = 0, int iterations = 8, int seed = 1, string method = "ParallelFor", string type = "CpuThreads")
    {
        var random = new Random(seed);
        return [.. workers.Select(p => Case(type, method, p, Times(1e8 * (serialFraction + ((1 - serialFraction) / p)), noise, iterations, random)))];
    }

    /// <summary>
    /// The case as the lab's recorder would have left it: other processes took <paramref name="otherCores"/>
    /// of <paramref name="cores"/> while it ran, and the host withheld <paramref name="withheldCores"/> (probed), when given.
    /// </summary>
    public static BenchmarkResult WithLoad(BenchmarkResult result, double otherCores, int cores = 2, int? runOrder = null, bool cost = false, double? withheldCores = null)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [LabMetrics.OtherCores] = otherCores,
            [LabMetrics.StealCores] = 0,
            [LabMetrics.LoadAverage] = otherCores + 1,
            [LabMetrics.OwnCores] = 1,
            [LabMetrics.Seconds] = 3,
        };
        if (runOrder is { } order)
        {
            metrics[LabMetrics.RunOrder] = order;
        }

        if (cost)
        {
            metrics[LabMetrics.CostAgainstWorkers] = 1;
        }

        if (withheldCores is { } withheld)
        {
            metrics[LabMetrics.WithheldCores] = withheld;
        }

        return result with { Metrics = metrics, Load = RecordedLoad.From(metrics, cores) };
    }

    public static double[] Times(double mean, double noise, int iterations, Random random) =>
        [.. Enumerable.Range(0, iterations).Select(_ => mean * (1 + (noise * ((2 * random.NextDouble()) - 1))))];
}
