using System.Reflection;
using System.Runtime.InteropServices;

namespace ParallelLab.Core.Linear;

/// <summary>
/// The project's own thin binding to Debian's OpenBLAS (libopenblas0-pthread) and LAPACKE
/// (liblapacke), whose LAPACK is OpenBLAS's through Debian's liblapack.so.3 alternative. Arrays
/// are passed as managed arrays, which the marshaller pins for the call; every LAPACK info code is
/// checked by the caller. The libraries are loaded on first use, from the system or from
/// <c>PARALLELLAB_OPENBLAS</c> and <c>PARALLELLAB_LAPACKE</c>.
/// </summary>
internal static class OpenBlasNative
{
    public const int ColumnMajor = 102;
    public const int NoTranspose = 111;
    public const byte Upper = (byte)'U';

    public const string OpenBlasVariable = "PARALLELLAB_OPENBLAS";
    public const string LapackeVariable = "PARALLELLAB_LAPACKE";

    private const string OpenBlas = "parallellab-openblas";
    private const string Lapacke = "parallellab-lapacke";

    static OpenBlasNative() => NativeLibrary.SetDllImportResolver(typeof(OpenBlasNative).Assembly, Resolve);

    [DllImport(OpenBlas, EntryPoint = "openblas_get_num_threads")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int GetNumThreads();

    [DllImport(OpenBlas, EntryPoint = "openblas_get_corename")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern IntPtr GetCoreName();

    [DllImport(OpenBlas, EntryPoint = "cblas_dgemm")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern void Dgemm(int order, int transA, int transB, int m, int n, int k, double alpha, double[] a, int lda, double[] b, int ldb, double beta, double[] c, int ldc);

    [DllImport(Lapacke, EntryPoint = "LAPACKE_dgetrf")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Dgetrf(int layout, int m, int n, double[] a, int lda, int[] pivots);

    [DllImport(Lapacke, EntryPoint = "LAPACKE_dgetri")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Dgetri(int layout, int n, double[] a, int lda, int[] pivots);

    [DllImport(Lapacke, EntryPoint = "LAPACKE_dpotrf")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Dpotrf(int layout, byte uplo, int n, double[] a, int lda);

    [DllImport(Lapacke, EntryPoint = "LAPACKE_dpotri")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Dpotri(int layout, byte uplo, int n, double[] a, int lda);

    /// <summary>libc's setenv(3): the C environment that OpenBLAS reads, which .NET's Environment does not change.</summary>
    [DllImport("libc", EntryPoint = "setenv")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int SetEnvironment([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        (string variable, string[] candidates) = name switch
        {
            OpenBlas => (OpenBlasVariable, new[] { "libopenblas.so.0", "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0", "libopenblas.so" }),
            Lapacke => (LapackeVariable, new[] { "liblapacke.so.3", "liblapacke.so" }),
            _ => (string.Empty, Array.Empty<string>()),
        };
        if (candidates.Length == 0)
        {
            return IntPtr.Zero;
        }

        string? configured = Environment.GetEnvironmentVariable(variable);
        foreach (string candidate in string.IsNullOrEmpty(configured) ? candidates : [configured])
        {
            if (NativeLibrary.TryLoad(candidate, out IntPtr handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
