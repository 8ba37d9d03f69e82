using ParallelLab.Core.Linear;
using ParallelLab.Paradigms.Blas;
using ParallelLab.Paradigms.Engines;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// One out-of-process job per BLAS thread count, each setting OMP_NUM_THREADS and
/// OPENBLAS_NUM_THREADS in the benchmark process's environment (OpenBLAS reads them once, when it
/// loads), the 1-thread job as baseline, so Ratio reads as 1 / speedup over threads. Every job
/// also names the kernels OpenBLAS runs, in OPENBLAS_CORETYPE: the user's value when set, else the
/// set the lab chose and checked (<see cref="OpenBlasKernelChoice"/>), else the library's own
/// pick (which setting it to changes nothing); so the kernels are recorded with every result.
/// </summary>
public sealed class NativeBlasConfig : ManualConfig
{
    /// <summary>Decided once per run: BenchmarkDotNet makes this configuration several times, each would start the check's child processes again.</summary>
    private static readonly Lazy<OpenBlasKernelChoice> Kernels = new(() =>
    {
        OpenBlasKernelChoice choice = OpenBlasKernelChoice.Decide();
        if (choice.Note is { } note)
        {
            Console.WriteLine($"// ParallelLab: {note}");
        }

        return choice;
    });

    public NativeBlasConfig()
    {
        OpenBlasKernelChoice kernels = Kernels.Value;

        foreach (int threads in WorkerCounts.PowersOfTwo(atLeast: 4))
        {
            string value = threads.ToString(System.Globalization.CultureInfo.InvariantCulture);
            EnvironmentVariable[] variables = [new(BenchmarkConventions.ThreadsVariable, value), new("OPENBLAS_NUM_THREADS", value)];
            Job job = LabConfig.BaseJob
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithEnvironmentVariables(kernels.Kernels is null ? variables : [.. variables, new(OpenBlasKernels.CoreTypeVariable, kernels.Kernels)])
                .WithId($"{threads} thread{(threads == 1 ? "" : "s")}");
            AddJob(threads == 1 ? job.AsBaseline() : job);
        }

        AddValidator(new EnvironmentNeedsOwnProcessValidator());
        AddColumn(new GflopsColumn(), new DgemmPeakColumn(), new ThreadsInEffectColumn());
    }
}
