using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParallelLab.Core.IO;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Reporting.Results;

/// <summary>
/// Reads a <c>*-report-full.json</c> that BenchmarkDotNet's full JSON exporter writes. Only the
/// raw measurements are read (not the statistics, which hold NaN as an empty string); the job and
/// its environment variables come from <c>DisplayInfo</c>, the only place the file names them.
/// </summary>
public static partial class ResultFile
{
    public const string FileSuffix = "-report-full.json";

    public static (HostEnvironment Host, IReadOnlyList<BenchmarkResult> Results) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes = InputFile.ReadAllBytes(path, "results file");
        try
        {
            using var document = JsonDocument.Parse(bytes);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Benchmarks", out JsonElement benchmarks) || benchmarks.ValueKind != JsonValueKind.Array)
            {
                throw new InputException($"'{path}' is not a BenchmarkDotNet full JSON report (no Benchmarks array)");
            }

            DateTime started = RunStarted(root);
            HostEnvironment host = root.TryGetProperty("HostEnvironmentInfo", out JsonElement info) ? Host(info) : HostEnvironment.Unknown;
            return (host, [.. benchmarks.EnumerateArray().Select(b => Benchmark(b, started, host.LogicalCores))]);
        }
        catch (JsonException e)
        {
            throw new InputException($"'{path}' is not a BenchmarkDotNet full JSON report: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new InputException($"'{path}' is not a BenchmarkDotNet full JSON report: {e.Message}");
        }
    }

    private static BenchmarkResult Benchmark(JsonElement benchmark, DateTime started, int logicalCores)
    {
        string display = benchmark.GetProperty("DisplayInfo").GetString() ?? string.Empty;
        var nanoseconds = new List<double>();
        if (benchmark.TryGetProperty("Measurements", out JsonElement measurements) && measurements.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement m in measurements.EnumerateArray())
            {
                if (m.GetProperty("IterationMode").GetString() == "Workload" && m.GetProperty("IterationStage").GetString() == "Result")
                {
                    nanoseconds.Add(m.GetProperty("Nanoseconds").GetDouble() / m.GetProperty("Operations").GetInt64());
                }
            }
        }

        return Case(
            benchmark.TryGetProperty("Namespace", out JsonElement ns) && ns.ValueKind == JsonValueKind.String ? ns.GetString()! : string.Empty,
            benchmark.GetProperty("Type").GetString()!,
            benchmark.GetProperty("Method").GetString()!,
            benchmark.TryGetProperty("Parameters", out JsonElement p) ? p.GetString() : null,
            display,
            nanoseconds,
            Metrics(benchmark),
            started,
            logicalCores);
    }

    /// <summary>
    /// One case from what BenchmarkDotNet knows of it, as its JSON exporter writes it: the
    /// parameters as "Name=Value&amp;…" (<c>Parameters.PrintInfo</c>) and the job and its
    /// environment variables from the display text (<c>DisplayInfo</c>). The reader of result files
    /// and a configuration that reports right after a run both make their cases here.
    /// </summary>
    public static BenchmarkResult Case(string @namespace, string type, string method, string? parameters, string displayInfo, IReadOnlyList<double> nanoseconds, IReadOnlyDictionary<string, double> metrics, DateTime runStarted, int logicalCores) => new()
    {
        Namespace = @namespace,
        Type = type,
        Method = method,
        Parameters = ParseParameters(parameters),
        JobId = JobId(displayInfo),
        JobEnvironment = JobEnvironment(displayInfo),
        Nanoseconds = nanoseconds,
        RunStarted = runStarted,
        Metrics = metrics,
        Load = RecordedLoad.From(metrics, logicalCores),
    };

    /// <summary>"Metrics": [{ "Value": 0.97, "Descriptor": { "Id": "…" } }]; a value BenchmarkDotNet could not write as a number (NaN) is "".</summary>
    private static Dictionary<string, double> Metrics(JsonElement benchmark)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        if (benchmark.TryGetProperty("Metrics", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement metric in list.EnumerateArray())
            {
                if (metric.TryGetProperty("Descriptor", out JsonElement descriptor)
                    && descriptor.TryGetProperty("Id", out JsonElement id) && id.ValueKind == JsonValueKind.String
                    && metric.TryGetProperty("Value", out JsonElement value))
                {
                    metrics[id.GetString()!] = value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;
                }
            }
        }

        return metrics;
    }

    /// <summary>"Name=Value&amp;Name=Value"; a value may itself hold '=' or spaces, so split on the first '=' only.</summary>
    internal static IReadOnlyDictionary<string, string> ParseParameters(string? parameters)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in (parameters ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                result[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return result;
    }

    /// <summary>"Type.Method: 1 thread(EnvironmentVariables=…, Server=True) [Case=…]" → "1 thread".</summary>
    internal static string JobId(string displayInfo)
    {
        int colon = displayInfo.IndexOf(": ", StringComparison.Ordinal);
        string rest = colon < 0 ? displayInfo : displayInfo[(colon + 2)..];
        int end = rest.IndexOfAny(['(', '[']);
        return (end < 0 ? rest : rest[..end]).Trim();
    }

    /// <summary>"EnvironmentVariables=OMP_NUM_THREADS=1,OPENBLAS_NUM_THREADS=1, Server=True" → both variables.</summary>
    internal static IReadOnlyDictionary<string, string> JobEnvironment(string displayInfo)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        Match match = EnvironmentVariables().Match(displayInfo);
        if (match.Success)
        {
            foreach (string pair in match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    variables[pair[..equals]] = pair[(equals + 1)..];
                }
            }
        }

        return variables;
    }

    /// <summary>"ParallelLab.Benchmarks.Serial-20261125-095023" → 2026-11-25 09:50:23.</summary>
    private static DateTime RunStarted(JsonElement root)
    {
        string title = root.TryGetProperty("Title", out JsonElement t) ? t.GetString() ?? string.Empty : string.Empty;
        Match stamp = TitleStamp().Match(title);
        return stamp.Success && DateTime.TryParseExact(stamp.Groups[1].Value, "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out DateTime when)
            ? when
            : DateTime.MinValue;
    }

    private static HostEnvironment Host(JsonElement info)
    {
        string Text(string name) => info.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "unknown";
        int Number(string name) => info.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
        return new HostEnvironment(Text("ProcessorName"), Number("LogicalCoreCount"), Number("PhysicalCoreCount"), Text("OsVersion"), Text("RuntimeVersion"), Text("BenchmarkDotNetVersion"));
    }

    [GeneratedRegex(@"EnvironmentVariables=(.*?)(?:, [A-Za-z]+=|\)|$)")]
    private static partial Regex EnvironmentVariables();

    [GeneratedRegex(@"-(\d{8}-\d{6})$")]
    private static partial Regex TitleStamp();
}
