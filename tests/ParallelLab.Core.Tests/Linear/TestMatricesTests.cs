using ParallelLab.Core.Linear;

namespace ParallelLab.Core.Tests.Linear;

public class TestMatricesTests
{
    [Theory]
    [InlineData(MatrixKind.Symmetric)]
    [InlineData(MatrixKind.SymmetricPositiveDefinite)]
    public void Matrices_are_symmetric_and_reproducible(MatrixKind kind)
    {
        const int n = 37;
        double[] a = TestMatrices.Create(n, kind, seed: 5);

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                Assert.Equal(a[(i * n) + j], a[(j * n) + i]);
            }
        }

        Assert.Equal(a, TestMatrices.Create(n, kind, seed: 5));
        Assert.NotEqual(a, TestMatrices.Create(n, kind, seed: 6));
    }

    [Fact]
    public void The_positive_definite_variant_is_strictly_diagonally_dominant()
    {
        const int n = 50;
        double[] a = TestMatrices.Create(n, MatrixKind.SymmetricPositiveDefinite);

        for (int i = 0; i < n; i++)
        {
            double offDiagonal = Enumerable.Range(0, n).Where(j => j != i).Sum(j => Math.Abs(a[(i * n) + j]));
            Assert.True(a[(i * n) + i] > offDiagonal);
        }
    }

    [Fact]
    public void Operation_counts_follow_lapack_working_note_41()
    {
        Assert.Equal(2e9, TestMatrices.InversionFlops(1000, MatrixKind.Symmetric));
        Assert.Equal(1e9, TestMatrices.InversionFlops(1000, MatrixKind.SymmetricPositiveDefinite));
    }
}
