using System.Text;
using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Mpi;

/// <summary>MPI's return codes as exceptions: MPI.NET sets MPI_ERRORS_RETURN on the world, so a failed call returns its code here.</summary>
internal static class MpiCall
{
    private const int MaxErrorString = 1024; // MPICH's MPI_MAX_ERROR_STRING

    public static void Check(int code, string call)
    {
        if (code != 0)
        {
            throw new MpiException($"{call} failed: {Describe(code)}");
        }
    }

    private static string Describe(int code)
    {
        var text = new byte[MaxErrorString];
        int length = 0;
        return MPI.Unsafe.MPI_Error_string(code, text, ref length) == 0
            ? Encoding.ASCII.GetString(text, 0, Math.Clamp(length, 0, text.Length)).Trim()
            : $"MPI error {code}";
    }
}
