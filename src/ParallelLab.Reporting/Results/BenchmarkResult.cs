using ParallelLab.Core.Machine;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Reporting.Results;

/// <summary>
/// One benchmark case of a BenchmarkDotNet run: class, method, parameters and job, with the
/// measured time of each workload iteration per operation (BenchmarkDotNet's "Result" stage:
/// overhead subtracted, upper outliers removed), in nanoseconds.
/// </summary>
public sealed record BenchmarkResult
{
    public required string Type { get; init; }

    /// <summary>The class's namespace, "" when the file does not say; <see cref="BenchmarkConventions.LabNamespace"/> for the lab's own.</summary>
    public string Namespace { get; init; } = string.Empty;

    public required string Method { get; init; }

    /// <summary>Parameter values by name, as BenchmarkDotNet prints them.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    /// <summary>The job's id ("Workstation", "1 thread"); ids may contain spaces.</summary>
    public required string JobId { get; init; }

    /// <summary>Environment variables the job set (NativeBlas: OMP_NUM_THREADS).</summary>
    public required IReadOnlyDictionary<string, string> JobEnvironment { get; init; }

    public required IReadOnlyList<double> Nanoseconds { get; init; }

    /// <summary>When the run started, from the report's title; orders several runs of one class.</summary>
    public required DateTime RunStarted { get; init; }

    /// <summary>The metrics BenchmarkDotNet's diagnosers recorded with the case, by id (<see cref="LabMetrics"/>); NaN where one had no value.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>What else the machine did while the case ran, or null when the run did not record it.</summary>
    public MachineLoad? Load { get; init; }

    /// <summary>The case's place in its class's run order (1 first), when recorded.</summary>
    public int? RunOrder => Metrics.TryGetValue(LabMetrics.RunOrder, out double order) && double.IsFinite(order) ? (int)order : null;

    /// <summary>True for a case marked <c>[Benchmark(Baseline = true)]</c>, as the lab's BenchmarkDotNet configuration records it (<see cref="LabMetrics.Baseline"/>).</summary>
    public bool MarkedBaseline => Metrics.TryGetValue(LabMetrics.Baseline, out double baseline) && baseline == 1;

    /// <summary>What the user named as the worker axis and the baseline, where the names alone cannot tell.</summary>
    public ScalingConventions Conventions { get; init; } = ScalingConventions.Default;

    /// <summary>True for a case of a class that measures a cost against its worker count, not a speedup.</summary>
    public bool MeasuresCost => Metrics.TryGetValue(LabMetrics.CostAgainstWorkers, out double cost) && cost == 1;

    /// <summary>"Work=AcfOverWords, Workers=2", by parameter name.</summary>
    public string ParameterText => string.Join(", ", Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    /// <summary>Identifies the case across runs: class, method, parameters, job.</summary>
    public string Key => $"{Type}.{Method}({ParameterText})@{JobId}";

    public override string ToString() => Key;
}
