using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.BenchmarkDotNet;
using ParallelLab.Core.Corpus;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// Megabytes of corpus text per second (10^6 bytes of the book files), for benchmarks marked
/// <see cref="WholeCorpusAttribute"/>: corpus size divided by the mean time of one operation.
/// </summary>
internal sealed class CorpusThroughputColumn() : LabColumn("MB/s", "Corpus megabytes (10^6 bytes) processed per second: corpus size / Mean")
{
    private readonly Lazy<long> _corpusBytes = new(() => CorpusLocator.Resolve().TotalBytes);

    public override bool IsAvailable(Summary summary) => summary?.BenchmarksCases.Any(Applies) ?? false;

    protected override string? Value(Summary summary, BenchmarkCase benchmarkCase) =>
        Applies(benchmarkCase) && MeanNanoseconds(summary, benchmarkCase) is { } mean
            ? (_corpusBytes.Value / 1e6 / (mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture)
            : null;

    private static bool Applies(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<WholeCorpusAttribute>() is not null;
}
