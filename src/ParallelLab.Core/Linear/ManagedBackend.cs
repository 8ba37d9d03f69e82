using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra.Double;

namespace ParallelLab.Core.Linear;

/// <summary>
/// Math.NET Numerics' managed provider (its native MKL/OpenBLAS providers are not available from
/// the package registry here). Its thread count is <see cref="Control.MaxDegreeOfParallelism"/>,
/// which we set from the same variable as OpenBLAS's, so a user sets one thing.
/// </summary>
public sealed class ManagedBackend : IInversionBackend
{
    public ManagedBackend()
        : this(BlasThreads.Requested())
    {
    }

    public ManagedBackend(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        Control.UseManaged();
        Control.MaxDegreeOfParallelism = threads;
    }

    public string Name => "managed";

    public int ThreadsInEffect => Control.MaxDegreeOfParallelism;

    public double[] Invert(double[] matrix, int n, MatrixKind kind)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var a = new DenseMatrix(n, n, (double[])matrix.Clone());
        return kind == MatrixKind.Symmetric
            ? ((DenseMatrix)a.Inverse()).Values
            : ((DenseMatrix)a.Cholesky().Solve(DenseMatrix.CreateIdentity(n))).Values;
    }

    public double[] Multiply(double[] left, double[] right, int n) =>
        ((DenseMatrix)(new DenseMatrix(n, n, left) * new DenseMatrix(n, n, right))).Values;
}
