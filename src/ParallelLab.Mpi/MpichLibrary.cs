using System.Reflection;
using System.Runtime.InteropServices;
using ParallelLab.Paradigms;

namespace ParallelLab.Mpi;

/// <summary>
/// Points MPI.NET at Debian's MPICH. MPI.NET was written for MS-MPI and imports <c>msmpi.dll</c>;
/// MS-MPI descends from MPICH and shares its ABI (integer handles with the same values, the same
/// status layout as far as MPI.NET reads it), so resolving that name to <c>libmpich.so.12</c> is
/// all it takes. Open MPI's pointer handles are a different ABI and cannot be used this way.
/// </summary>
internal static class MpichLibrary
{
    private const string ImportedName = "msmpi.dll";
    private static readonly string[] Candidates = ["libmpich.so.12", "libmpich.so"];
    private static readonly Lazy<IntPtr> Handle = new(Load);
    private static int _resolverSet;

    public const string InstallHint = "MPICH is not installed (libmpich.so.12 not found); install it with: sudo apt-get install mpich";

    /// <summary>Installs the resolver (once) and loads MPICH, or throws one line that says how to install it.</summary>
    public static void EnsureLoaded()
    {
        _ = Handle.Value;
        if (Interlocked.Exchange(ref _resolverSet, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(MPI.Environment).Assembly, Resolve);
        }
    }

    public static bool IsInstalled()
    {
        try
        {
            _ = Handle.Value;
            return true;
        }
        catch (ParadigmException)
        {
            return false;
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == ImportedName ? Handle.Value : IntPtr.Zero;

    private static IntPtr Load()
    {
        foreach (string candidate in Candidates)
        {
            if (NativeLibrary.TryLoad(candidate, out IntPtr handle))
            {
                return handle;
            }
        }

        throw new ParadigmException(InstallHint);
    }
}
