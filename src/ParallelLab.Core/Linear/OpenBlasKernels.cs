using System.Runtime.Intrinsics.X86;

namespace ParallelLab.Core.Linear;

/// <summary>
/// OpenBLAS's x86-64 kernel sets (the names <c>openblas_get_corename</c> reports and
/// <c>OPENBLAS_CORETYPE</c> takes) ranked by the instructions they use, and the better ones this
/// CPU can run. Debian's OpenBLAS 0.3.21 does not know CPUs newer than itself (Sapphire Rapids)
/// and falls back to its generic Prescott kernels (SSE3), 3–4× slower than its AVX-512 ones here;
/// OpenBLAS 0.3.25 fixed the detection.
/// </summary>
/// <remarks>
/// Kernel names and CPU requirements: OpenBLAS's <c>driver/others/dynamic.c</c> (corename table,
/// and the CPUID checks behind each: AVX2 for Haswell, AVX-512 F/BW/DQ/VL for SkylakeX, AVX512-BF16
/// for Cooperlake), https://github.com/OpenMathLib/OpenBLAS/blob/v0.3.21/driver/others/dynamic.c
/// </remarks>
public static class OpenBlasKernels
{
    /// <summary>The variable OpenBLAS reads, once, when it loads.</summary>
    public const string CoreTypeVariable = "OPENBLAS_CORETYPE";

    // Rank: 0 SSE only, 1 AVX, 2 AVX2 + FMA, 3 AVX-512, 4 AVX-512 with BF16.
    private static readonly Dictionary<string, int> Rank = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Katmai"] = 0, ["Coppermine"] = 0, ["Northwood"] = 0, ["Prescott"] = 0, ["Banias"] = 0, ["Atom"] = 0,
        ["Core2"] = 0, ["Penryn"] = 0, ["Dunnington"] = 0, ["Nehalem"] = 0, ["Opteron"] = 0, ["Barcelona"] = 0,
        ["Sandybridge"] = 1, ["Bulldozer"] = 1,
        ["Haswell"] = 2, ["Zen"] = 2, ["Excavator"] = 2,
        ["SkylakeX"] = 3,
        ["Cooperlake"] = 4,
    };

    /// <summary>
    /// The kernel sets better than <paramref name="reported"/> that this CPU supports, best first;
    /// none when the reported set is unknown to this table (another architecture, a newer
    /// OpenBLAS's name) or already the best this CPU can run.
    /// </summary>
    public static IReadOnlyList<string> BetterThan(string reported, IReadOnlySet<string> cpuFlags)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(cpuFlags);
        if (!Rank.TryGetValue(reported, out int current))
        {
            return [];
        }

        bool avx512 = Avx512F.IsSupported && Avx512BW.IsSupported && Avx512DQ.IsSupported && Avx512F.VL.IsSupported;
        var supported = new List<(string Name, int Rank)>();
        if (avx512 && cpuFlags.Contains("avx512_bf16"))
        {
            supported.Add(("Cooperlake", 4));
        }

        if (avx512)
        {
            supported.Add(("SkylakeX", 3));
        }

        if (Avx2.IsSupported && Fma.IsSupported)
        {
            supported.Add(("Haswell", 2));
        }

        return [.. supported.Where(s => s.Rank > current).Select(s => s.Name)];
    }

    /// <summary>The CPU's feature flags from <c>/proc/cpuinfo</c> ("flags" of the first CPU); empty elsewhere.</summary>
    public static IReadOnlySet<string> CpuFlags()
    {
        try
        {
            string? line = OperatingSystem.IsLinux() ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal)) : null;
            int colon = line?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            return colon < 0 ? new HashSet<string>() : new HashSet<string>(line![(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new HashSet<string>();
        }
    }
}
