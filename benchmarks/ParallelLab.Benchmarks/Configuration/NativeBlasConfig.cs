using ParallelLab.Paradigms.Engines;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// One out-of-process job per BLAS thread count, each setting OMP_NUM_THREADS and
/// OPENBLAS_NUM_THREADS in the benchmark process's environment (OpenBLAS reads them once, when it
/// loads), the 1-thread job as baseline, so Ratio reads as 1 / speedup over threads.
/// </summary>
public sealed class NativeBlasConfig : ManualConfig
{
    public NativeBlasConfig()
    {
        foreach (int threads in WorkerCounts.PowersOfTwo(atLeast: 4))
        {
            string value = threads.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Job job = LabConfig.BaseJob
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithEnvironmentVariables(new EnvironmentVariable(BenchmarkConventions.ThreadsVariable, value), new EnvironmentVariable("OPENBLAS_NUM_THREADS", value))
                .WithId($"{threads} thread{(threads == 1 ? "" : "s")}");
            AddJob(threads == 1 ? job.AsBaseline() : job);
        }

        AddValidator(new EnvironmentNeedsOwnProcessValidator());
        AddColumn(new GflopsColumn(), new ThreadsInEffectColumn());
    }
}
