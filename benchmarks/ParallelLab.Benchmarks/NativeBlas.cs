using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Core.Linear;

namespace ParallelLab.Benchmarks;

/// <summary>
/// The lesson's NumPy demo: inverting A ∘ Aᵀ with a multithreaded native library (OpenBLAS) and
/// with Math.NET's managed code, one process per thread count (OMP_NUM_THREADS), the 1-thread job
/// as baseline; dgemm as the throughput reference. The set-up records the threads the library
/// really uses, shown beside the request, so a silently ignored setting is visible.
/// </summary>
[Config(typeof(NativeBlasConfig))]
public class NativeBlas
{
    private IInversionBackend _backend = null!;
    private double[] _matrix = null!;

    /// <summary>
    /// Managed n = 4000 takes over a minute per inversion; it is measured with the CLI instead.
    /// The quick profile keeps the cases of a second or less.
    /// </summary>
    public static IEnumerable<BlasCase> Cases => LabProfile.IsQuick
        ? [new("openblas", 500), new("openblas", 2000), new("managed", 500)]
        : [new("openblas", 500), new("openblas", 2000), new("openblas", 4000), new("managed", 500), new("managed", 2000)];

    [ParamsSource(nameof(Cases))]
    public BlasCase Case { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _backend = Case.Backend == "openblas" ? OpenBlasBackend.Load() : new ManagedBackend();
        int requested = BlasThreads.Requested();
        Console.WriteLine($"// {_backend.Name}: {_backend.ThreadsInEffect} threads in effect, {requested} requested");
        ThreadsInEffect.Record(_backend.Name, requested, _backend.ThreadsInEffect);

        _matrix = TestMatrices.Create(Case.Size, MatrixKind.Symmetric);
    }

    [Benchmark]
    public double[] Invert() => _backend.Invert(_matrix, Case.Size, MatrixKind.Symmetric);

    [Benchmark]
    public double[] Multiply() => _backend.Multiply(_matrix, _matrix, Case.Size);
}
