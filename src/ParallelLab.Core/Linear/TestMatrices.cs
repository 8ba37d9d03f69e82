using ParallelLab.Core.Corpus;

namespace ParallelLab.Core.Linear;

/// <summary>
/// The lesson's NumPy demo matrix, <c>A = np.random.random((n, n)); A = A * A.T</c>, made
/// reproducible with a seed, stored column-major as LAPACK wants it (for a symmetric matrix the
/// two orders are the same array).
/// </summary>
public static class TestMatrices
{
    public static double[] Create(int n, MatrixKind kind, ulong seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var random = new SeededRandom(seed);
        var a = new double[(long)n * n];
        for (long i = 0; i < a.Length; i++)
        {
            a[i] = random.NextDouble();
        }

        var symmetric = new double[a.Length];
        for (int column = 0; column < n; column++)
        {
            for (int row = 0; row < n; row++)
            {
                symmetric[((long)column * n) + row] = a[((long)column * n) + row] * a[((long)row * n) + column];
            }
        }

        if (kind == MatrixKind.SymmetricPositiveDefinite)
        {
            // Off-diagonal entries are below 1, so each row's sum of them is below n - 1: adding
            // n to the diagonal makes the matrix strictly diagonally dominant, hence positive definite.
            for (int i = 0; i < n; i++)
            {
                symmetric[((long)i * n) + i] += n;
            }
        }

        return symmetric;
    }

    /// <summary>Floating-point operations of an inversion, the usual counts (LAPACK Working Note 41).</summary>
    public static double InversionFlops(int n, MatrixKind kind) =>
        kind == MatrixKind.Symmetric
            ? 2.0 * n * n * n              // dgetrf 2n³/3 + dgetri 4n³/3
            : 1.0 * n * n * n;             // dpotrf n³/3 + dpotri 2n³/3

    /// <summary>Floating-point operations of an n × n matrix product C = A·B (dgemm): n² dot products of n multiply–adds.</summary>
    public static double MultiplyFlops(int n) => 2.0 * n * n * n;
}
