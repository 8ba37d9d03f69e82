using System.Globalization;
using BenchmarkDotNet.Running;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>How many workers a benchmark case runs, by <see cref="BenchmarkConventions"/>.</summary>
internal static class CaseWorkers
{
    private static readonly HashSet<string> WorkerParameters = BenchmarkConventions.WorkerParameters.ToHashSet(StringComparer.Ordinal);

    /// <summary>The case's worker-count parameter, or null when its class has none.</summary>
    public static int? Parameter(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return benchmarkCase.Parameters.Items.FirstOrDefault(p => WorkerParameters.Contains(p.Name))?.Value as int?;
    }

    /// <summary>The workers that really run: one for a serial part, else the worker parameter or the job's OMP_NUM_THREADS, else one.</summary>
    public static int Running(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (BenchmarkConventions.IsSerialPart(benchmarkCase.Descriptor.WorkloadMethod.Name))
        {
            return 1;
        }

        if (Parameter(benchmarkCase) is { } workers)
        {
            return workers;
        }

        string? threads = benchmarkCase.Job.Environment.EnvironmentVariables?.FirstOrDefault(v => v.Key == BenchmarkConventions.ThreadsVariable)?.Value;
        return int.TryParse(threads, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count >= 1 ? count : 1;
    }

    /// <summary>"Work=AcfOverWords&amp;Split=Words": every parameter but the worker count.</summary>
    public static string OtherParameters(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return string.Join("&", benchmarkCase.Parameters.Items.Where(p => !WorkerParameters.Contains(p.Name)).Select(p => $"{p.Name}={p.Value}"));
    }
}
