using ParallelLab.Core.IO;
using ParallelLab.Core.Linear;
using ParallelLab.TestSupport;

namespace ParallelLab.Core.Tests.Linear;

/// <summary>Both backends invert correctly: the residual is a small multiple of n·ε relative to ‖A‖·‖A⁻¹‖.</summary>
public class InversionTests
{
    private static readonly Lazy<OpenBlasBackend> OpenBlas = new(OpenBlasBackend.Load);

    public static TheoryData<int, MatrixKind> Cases()
    {
        var cases = new TheoryData<int, MatrixKind>();
        foreach (int n in new[] { 1, 7, 120 })
        {
            cases.Add(n, MatrixKind.Symmetric);
            cases.Add(n, MatrixKind.SymmetricPositiveDefinite);
        }

        return cases;
    }

    [NativeBlasTheory]
    [MemberData(nameof(Cases))]
    public void OpenBlas_inverts_within_a_backward_stable_bound(int n, MatrixKind kind) =>
        AssertGoodInverse(InversionRun.Measure(OpenBlas.Value, OpenBlas.Value, n, kind));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Managed_inverts_within_a_backward_stable_bound(int n, MatrixKind kind)
    {
        var managed = new ManagedBackend(threads: 2);

        AssertGoodInverse(InversionRun.Measure(managed, managed, n, kind));
    }

    [NativeBlasFact]
    public void Dgemm_agrees_with_the_managed_product()
    {
        const int n = 64;
        double[] a = TestMatrices.Create(n, MatrixKind.Symmetric, seed: 1);
        double[] b = TestMatrices.Create(n, MatrixKind.Symmetric, seed: 2);

        double[] native = OpenBlas.Value.Multiply(a, b, n);
        double[] managed = new ManagedBackend(1).Multiply(a, b, n);

        Assert.All(native.Zip(managed), pair => Assert.Equal(pair.Second, pair.First, 1e-12));
    }

    [NativeBlasFact]
    public void A_singular_matrix_is_reported_not_returned() =>
        Assert.Contains("singular", Assert.Throws<InputException>(() => OpenBlas.Value.Invert(new double[9], 3, MatrixKind.Symmetric)).Message, StringComparison.Ordinal);

    [NativeBlasFact]
    public void A_matrix_that_is_not_positive_definite_is_reported() =>
        Assert.Contains("not positive definite", Assert.Throws<InputException>(() => OpenBlas.Value.Invert([-1.0, 0, 0, -1.0], 2, MatrixKind.SymmetricPositiveDefinite)).Message, StringComparison.Ordinal);

    [NativeBlasFact]
    public void OpenBlas_reports_the_threads_it_uses() => Assert.InRange(OpenBlas.Value.ThreadsInEffect, 1, Environment.ProcessorCount);

    private static void AssertGoodInverse(InversionRun run)
    {
        // Machine epsilon for doubles (2^-52); 50·n·ε is generous for LU with partial pivoting and Cholesky.
        double bound = 50 * run.N * Math.Pow(2, -52);
        Assert.True(run.RelativeResidual <= bound, $"{run.Backend} n={run.N} {run.Kind}: relative residual {run.RelativeResidual:E2} above {bound:E2}");
    }
}
