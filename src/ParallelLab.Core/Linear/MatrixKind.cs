namespace ParallelLab.Core.Linear;

/// <summary>Which inverse to compute.</summary>
public enum MatrixKind
{
    /// <summary>The lesson's matrix: random A, then A ∘ Aᵀ (elementwise); symmetric, inverted by LU (dgetrf + dgetri).</summary>
    Symmetric,

    /// <summary>A ∘ Aᵀ + n·I: strictly diagonally dominant, so positive definite; inverted by Cholesky (dpotrf + dpotri).</summary>
    SymmetricPositiveDefinite,
}
