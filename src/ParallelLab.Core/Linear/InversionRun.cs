using System.Diagnostics;

namespace ParallelLab.Core.Linear;

/// <summary>
/// One timed inversion and its check: the time, GFLOP/s by the standard operation counts, the
/// threads in effect, and the residual ‖A·A⁻¹ − I‖ (Frobenius), also relative to ‖A‖·‖A⁻¹‖,
/// which for a backward-stable inverse is a small multiple of n·ε whatever the condition.
/// </summary>
public sealed record InversionRun(string Backend, int N, MatrixKind Kind, TimeSpan Elapsed, int Threads, double Residual, double RelativeResidual)
{
    public double Gflops => TestMatrices.InversionFlops(N, Kind) / Elapsed.TotalSeconds / 1e9;

    /// <param name="backend">The library that inverts (and is timed).</param>
    /// <param name="checker">The library that multiplies for the residual (not timed; OpenBLAS when available).</param>
    public static InversionRun Measure(IInversionBackend backend, IInversionBackend checker, int n, MatrixKind kind, ulong seed = 42)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(checker);
        double[] a = TestMatrices.Create(n, kind, seed);
        var clock = Stopwatch.StartNew();
        double[] inverse = backend.Invert(a, n, kind);
        TimeSpan elapsed = clock.Elapsed;

        double[] product = checker.Multiply(a, inverse, n);
        for (int i = 0; i < n; i++)
        {
            product[((long)i * n) + i] -= 1.0;
        }

        double residual = FrobeniusNorm(product);
        return new InversionRun(backend.Name, n, kind, elapsed, backend.ThreadsInEffect, residual, residual / (FrobeniusNorm(a) * FrobeniusNorm(inverse)));
    }

    private static double FrobeniusNorm(double[] matrix)
    {
        double sum = 0;
        foreach (double x in matrix)
        {
            sum += x * x;
        }

        return Math.Sqrt(sum);
    }
}
