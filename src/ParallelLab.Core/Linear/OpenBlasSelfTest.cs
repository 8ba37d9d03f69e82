namespace ParallelLab.Core.Linear;

/// <summary>
/// Checks the kernels OpenBLAS loaded with in this process on a small problem, against Math.NET's
/// managed code: an LU inverse whose residual ‖A·A⁻¹ − I‖ must stay within the backward-stable
/// bound, and a product that must agree with the managed one within the standard error bound of
/// a dot product. Run in a child process, so that kernels that crash or miscompute on this CPU
/// (older OpenBLAS builds do, on some processors) take down only the child.
/// </summary>
/// <remarks>
/// Bounds from Higham, Nicholas J. Accuracy and Stability of Numerical Algorithms, 2nd ed. SIAM,
/// 2002: §3.5 (matrix multiplication, |C − Ĉ| ≤ γₙ|A||B| with γₙ = nε/(1 − nε)) and §14.1–14.3
/// (the residual of an inverse from LU is a modest multiple of n·ε·‖A‖·‖A⁻¹‖).
/// https://doi.org/10.1137/1.9780898718027
/// </remarks>
public static class OpenBlasSelfTest
{
    /// <summary>Big enough to run the blocked, multithreaded kernels; small enough for a fraction of a second.</summary>
    public const int Size = 256;

    /// <summary>The slack over n·ε a correct kernel stays well within (residuals seen here: about 1e-15, n·ε = 6e-14).</summary>
    private const double Slack = 100;

    /// <summary>Machine epsilon of binary64, 2⁻⁵² (twice Higham's unit roundoff: the bound is loose by design; .NET's double.Epsilon is the smallest subnormal instead).</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>The kernels' name and null when they computed right; else what went wrong.</summary>
    public static (string Core, string? Problem) Run()
    {
        OpenBlasBackend native = OpenBlasBackend.Load();
        var managed = new ManagedBackend(1);
        double bound = Slack * Size * MachineEpsilon;

        InversionRun inverse = InversionRun.Measure(native, managed, Size, MatrixKind.Symmetric);
        if (!(inverse.RelativeResidual <= bound))
        {
            return (native.CoreName, $"inverse residual {inverse.RelativeResidual:E2} above {bound:E2}");
        }

        double[] a = TestMatrices.Create(Size, MatrixKind.Symmetric, seed: 7);
        double[] b = TestMatrices.Create(Size, MatrixKind.Symmetric, seed: 8);
        double difference = Norm(Subtract(native.Multiply(a, b, Size), managed.Multiply(a, b, Size)));
        double scale = Norm(a) * Norm(b);
        return difference <= bound * scale
            ? (native.CoreName, null)
            : (native.CoreName, $"product off by {difference / scale:E2} relative, above {bound:E2}");
    }

    private static double[] Subtract(double[] x, double[] y) => [.. x.Zip(y, (p, q) => p - q)];

    private static double Norm(double[] m) => Math.Sqrt(m.Sum(v => v * v));
}
