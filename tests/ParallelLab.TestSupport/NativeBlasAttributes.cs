using System.Runtime.InteropServices;

namespace ParallelLab.TestSupport;

/// <summary>
/// A test that needs OpenBLAS and LAPACKE (Debian: libopenblas0-pthread, liblapacke). Skipped
/// with the install command where they are missing, except in CI, which installs them.
/// </summary>
public sealed class NativeBlasTheoryAttribute : TheoryAttribute
{
    public NativeBlasTheoryAttribute()
    {
        if (!NativeBlas.IsInstalled && !SharedData.RunningInCi)
        {
            Skip = NativeBlas.MissingMessage;
        }
    }
}

/// <summary>The <see cref="NativeBlasTheoryAttribute"/>'s fact twin.</summary>
public sealed class NativeBlasFactAttribute : FactAttribute
{
    public NativeBlasFactAttribute()
    {
        if (!NativeBlas.IsInstalled && !SharedData.RunningInCi)
        {
            Skip = NativeBlas.MissingMessage;
        }
    }
}

public static class NativeBlas
{
    public const string MissingMessage = "OpenBLAS/LAPACKE are not installed (apt-get install libopenblas0-pthread liblapacke)";

    public static bool IsInstalled { get; } = Loads("libopenblas.so.0") && Loads("liblapacke.so.3");

    private static bool Loads(string library)
    {
        if (!NativeLibrary.TryLoad(library, out IntPtr handle))
        {
            return false;
        }

        NativeLibrary.Free(handle);
        return true;
    }
}
