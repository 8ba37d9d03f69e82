using System.Diagnostics;

namespace ParallelLab.Core.Linear;

/// <summary>
/// The attainable floating-point peak as the machine shows it now: the best of a few OpenBLAS
/// dgemm runs at the threads in effect. dgemm runs near the hardware's peak, so a routine's
/// GFLOP/s over this says how much of the machine it uses, without trusting a nominal clock
/// (a VM's is often wrong, and turbo changes it).
/// </summary>
public static class DgemmPeak
{
    /// <summary>Large enough to leave the caches and reach the kernels' steady rate; ~0.1 s a run on 2 cores.</summary>
    public const int DefaultSize = 2000;

    /// <summary>GFLOP/s of the fastest of <paramref name="runs"/> dgemm calls on <paramref name="n"/> × <paramref name="n"/> matrices.</summary>
    public static double Measure(OpenBlasBackend blas, int n = DefaultSize, int runs = 3)
    {
        ArgumentNullException.ThrowIfNull(blas);
        double[] a = TestMatrices.Create(n, MatrixKind.Symmetric);
        double best = double.MaxValue;
        for (int run = 0; run < runs; run++)
        {
            long started = Stopwatch.GetTimestamp();
            _ = blas.Multiply(a, a, n);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        return TestMatrices.MultiplyFlops(n) / best / 1e9;
    }
}
