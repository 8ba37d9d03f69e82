using System.Text.Json;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Tests;

/// <summary>Writes results as BenchmarkDotNet's full JSON (the keys the reader uses), so tests go through the real reader.</summary>
internal static class FixtureWriter
{
    public static void Write(string path, IEnumerable<BenchmarkResult> results, int cores = 2)
    {
        var report = new
        {
            Title = "ParallelLab.Benchmarks.Synthetic-20261125-120000",
            HostEnvironmentInfo = new { ProcessorName = "Test CPU", LogicalCoreCount = cores, PhysicalCoreCount = cores, OsVersion = "Test OS", RuntimeVersion = ".NET 10.0", BenchmarkDotNetVersion = "0.15.8" },
            Benchmarks = results.Select(r => new
            {
                DisplayInfo = $"{r.Type}.{r.Method}: {r.JobId}(Server=True) [{string.Join(", ", r.Parameters.Select(p => $"{p.Key}={p.Value}"))}]",
                Namespace = r.Namespace.Length == 0 ? "ParallelLab.Benchmarks" : r.Namespace,
                r.Type,
                r.Method,
                Parameters = string.Join("&", r.Parameters.Select(p => $"{p.Key}={p.Value}")),
                Measurements = r.Nanoseconds.Select((ns, i) => new { IterationMode = "Workload", IterationStage = "Result", LaunchIndex = 1, IterationIndex = i + 1, Operations = 2, Nanoseconds = ns * 2 }),
                // As BenchmarkDotNet writes them: a value that is not a number (NaN) as "".
                Metrics = r.Metrics.Select(m => new { Value = double.IsFinite(m.Value) ? (object)m.Value : string.Empty, Descriptor = new { Id = m.Key, DisplayName = m.Key, UnitType = 0 } }),
            }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(report));
    }
}
