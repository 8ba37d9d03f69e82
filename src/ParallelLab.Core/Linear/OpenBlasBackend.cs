using System.Runtime.InteropServices;
using ParallelLab.Core.IO;

namespace ParallelLab.Core.Linear;

/// <summary>
/// Native, multithreaded OpenBLAS: LU inverse (dgetrf + dgetri), Cholesky inverse (dpotrf + dpotri)
/// and dgemm. OpenBLAS reads its thread count from the environment when it loads.
/// </summary>
public sealed class OpenBlasBackend : IInversionBackend
{
    /// <summary>What to install when the libraries are missing.</summary>
    public const string AptPackages = "libopenblas0-pthread liblapacke";

    private OpenBlasBackend(int threads, string core)
    {
        ThreadsInEffect = threads;
        CoreName = core;
    }

    public string Name => "openblas";

    public int ThreadsInEffect { get; }

    /// <summary>The CPU kernel set OpenBLAS chose (or was told to use by OPENBLAS_CORETYPE).</summary>
    public string CoreName { get; }

    /// <summary>
    /// Makes OpenBLAS load with <paramref name="coreType"/>'s kernels, unless OPENBLAS_CORETYPE is
    /// set already (the user's or the machine's choice, never overridden). OpenBLAS reads the
    /// variable from the C environment once, when it loads, and .NET's own environment does not
    /// reach the C one, so it is set through libc, before the first call into the library.
    /// </summary>
    public static void UseKernelsWhenLoaded(string coreType)
    {
        ArgumentException.ThrowIfNullOrEmpty(coreType);
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(OpenBlasKernels.CoreTypeVariable)))
        {
            // Overwrite: only an empty value can be there, which OpenBLAS would not take for "unset".
            _ = OpenBlasNative.SetEnvironment(OpenBlasKernels.CoreTypeVariable, coreType, overwrite: 1);
            Environment.SetEnvironmentVariable(OpenBlasKernels.CoreTypeVariable, coreType);
        }
    }

    /// <summary>Loads OpenBLAS and LAPACKE, or explains which Debian packages are missing.</summary>
    public static OpenBlasBackend Load()
    {
        try
        {
            int threads = OpenBlasNative.GetNumThreads();
            string core = Marshal.PtrToStringAnsi(OpenBlasNative.GetCoreName()) ?? "unknown";

            // Touch LAPACKE too, so that a missing liblapacke is reported now, not mid-benchmark.
            Check("dpotri", OpenBlasNative.Dpotri(OpenBlasNative.ColumnMajor, OpenBlasNative.Upper, 1, [1.0], 1), "the 1 × 1 probe is singular");
            return new OpenBlasBackend(threads, core);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A path the user gave that is not the library is their setting to fix, not a missing package.
            foreach (string variable in new[] { OpenBlasNative.OpenBlasVariable, OpenBlasNative.LapackeVariable })
            {
                if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path)
                {
                    throw new InputException($"{variable}='{path}' is not a usable {(variable == OpenBlasNative.OpenBlasVariable ? "OpenBLAS" : "LAPACKE")} library ({e.GetType().Name}); point it at one, or unset it to use the system's");
                }
            }

            throw new InputException($"OpenBLAS with LAPACKE is not available ({e.GetType().Name}); install it with: apt-get install {AptPackages}");
        }
    }

    public double[] Invert(double[] matrix, int n, MatrixKind kind)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        double[] a = (double[])matrix.Clone();
        if (kind == MatrixKind.Symmetric)
        {
            var pivots = new int[n];
            Check("dgetrf", OpenBlasNative.Dgetrf(OpenBlasNative.ColumnMajor, n, n, a, n, pivots), "the matrix is singular");
            Check("dgetri", OpenBlasNative.Dgetri(OpenBlasNative.ColumnMajor, n, a, n, pivots), "the matrix is singular");
            return a;
        }

        Check("dpotrf", OpenBlasNative.Dpotrf(OpenBlasNative.ColumnMajor, OpenBlasNative.Upper, n, a, n), "the matrix is not positive definite");
        Check("dpotri", OpenBlasNative.Dpotri(OpenBlasNative.ColumnMajor, OpenBlasNative.Upper, n, a, n), "the matrix is singular");

        // dpotri fills the upper triangle only; the inverse is symmetric, so mirror it.
        for (int column = 0; column < n; column++)
        {
            for (int row = column + 1; row < n; row++)
            {
                a[((long)column * n) + row] = a[((long)row * n) + column];
            }
        }

        return a;
    }

    public double[] Multiply(double[] left, double[] right, int n)
    {
        var product = new double[(long)n * n];
        OpenBlasNative.Dgemm(OpenBlasNative.ColumnMajor, OpenBlasNative.NoTranspose, OpenBlasNative.NoTranspose, n, n, n, 1.0, left, n, right, n, 0.0, product, n);
        return product;
    }

    /// <summary>LAPACK's info: 0 is success, negative a bad argument (our bug), positive a property of the matrix.</summary>
    private static void Check(string routine, int info, string positiveMeaning)
    {
        if (info < 0)
        {
            throw new InvalidOperationException($"{routine}: argument {-info} is invalid");
        }

        if (info > 0)
        {
            throw new InputException($"{routine} failed: {positiveMeaning} (info {info})");
        }
    }
}
