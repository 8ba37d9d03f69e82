using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// The threads the library really used in a <see cref="NativeBlas"/> case, next to the
/// OMP_NUM_THREADS its job asked for: OpenBLAS caps the count at the cores it sees, silently.
/// </summary>
internal sealed class ThreadsInEffectColumn() : LabColumn("Threads used", "Threads the library reported in effect (openblas_get_num_threads, or Math.NET's MaxDegreeOfParallelism)", priorityInCategory: 1)
{
    public override bool AlwaysShow => true;

    public override bool IsAvailable(Summary summary) => true;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase)
    {
        string? requested = benchmarkCase.Job.Environment.EnvironmentVariables?.FirstOrDefault(v => v.Key == BenchmarkConventions.ThreadsVariable)?.Value;
        return benchmarkCase.Parameters["Case"] is BlasCase blasCase
               && int.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out int threads)
            ? ThreadsInEffect.Read(blasCase.Backend, threads) ?? "?"
            : null;
    }
}
