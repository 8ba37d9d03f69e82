using ParallelLab.Core.Linear;
using ParallelLab.Paradigms.Blas;

namespace ParallelLab.Paradigms.Tests.Processes;

public class OpenBlasKernelChoiceTests
{
    [Fact]
    public void A_set_value_is_kept_and_otherwise_a_choice_is_a_checked_better_set_with_a_note()
    {
        // The test sets nothing: it checks the choice against what this machine is.
        OpenBlasKernelChoice choice = OpenBlasKernelChoice.Decide();

        if (Environment.GetEnvironmentVariable(OpenBlasKernels.CoreTypeVariable) is { Length: > 0 } set)
        {
            Assert.Equal((null, set, null), (choice.CoreType, choice.Kernels, choice.Note));
            return;
        }

        Assert.NotNull(choice.Kernels);
        if (choice.CoreType is { } chosen)
        {
            Assert.Equal(chosen, choice.Kernels);
            Assert.Contains($"using {chosen}, checked on a 256 × 256 inverse and product in a child process", choice.Note, StringComparison.Ordinal);
        }
        else
        {
            bool betterExists = OpenBlasKernels.BetterThan(choice.Kernels, OpenBlasKernels.CpuFlags()).Count > 0;
            Assert.True(!betterExists || choice.Note is not null, $"{choice.Kernels}: a better set exists, yet it was neither chosen nor its failure told");
        }
    }
}
