using System.Runtime.Intrinsics.X86;
using ParallelLab.Core.Linear;

namespace ParallelLab.Core.Tests.Linear;

public class OpenBlasKernelsTests
{
    private static readonly HashSet<string> NoFlags = [];

    [Fact]
    public void A_generic_set_gives_way_to_every_better_one_this_cpu_runs_best_first()
    {
        IReadOnlyList<string> better = OpenBlasKernels.BetterThan("Prescott", new HashSet<string> { "avx512_bf16" });

        string[] expected =
        [
            .. Avx512F.IsSupported && Avx512BW.IsSupported && Avx512DQ.IsSupported && Avx512F.VL.IsSupported ? new[] { "Cooperlake", "SkylakeX" } : [],
            .. Avx2.IsSupported && Fma.IsSupported ? new[] { "Haswell" } : [],
        ];
        Assert.Equal(expected, better);
    }

    [Fact]
    public void Cooperlake_needs_the_bf16_flag_and_nothing_beats_the_best_or_an_unknown_name()
    {
        Assert.DoesNotContain("Cooperlake", OpenBlasKernels.BetterThan("prescott", NoFlags));
        Assert.Empty(OpenBlasKernels.BetterThan("Cooperlake", new HashSet<string> { "avx512_bf16" }));
        Assert.Empty(OpenBlasKernels.BetterThan("NEOVERSEN1", NoFlags));
        Assert.DoesNotContain("Haswell", OpenBlasKernels.BetterThan("Haswell", NoFlags));
    }

    [Fact]
    public void The_kernels_this_process_loaded_compute_within_the_bounds()
    {
        // Whatever kernels the machine gives this test process (it never sets OPENBLAS_CORETYPE).
        (string core, string? problem) = OpenBlasSelfTest.Run();

        Assert.False(string.IsNullOrEmpty(core));
        Assert.Null(problem);
    }
}
