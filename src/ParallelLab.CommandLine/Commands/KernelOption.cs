using ParallelLab.Core.Autocorrelation;

namespace ParallelLab.Cli.Commands;

/// <summary>The <c>--kernel reference|fast</c> option of every command that computes an ACF, parsed into the kernel itself.</summary>
internal static class KernelOption
{
    public static Option<AcfKernel> Create(string description = "ACF kernel.")
    {
        var kernel = new Option<AcfKernel>("--kernel")
        {
            Description = description,
            DefaultValueFactory = _ => ReferenceAcfKernel.Instance,
            CustomParser = result => AcfKernels.ByName(result.Tokens[^1].Value),
        };

        // Checked on the words before the parser runs, so an unknown name is a usage error, not an exception.
        kernel.AcceptOnlyFromAmong([.. AcfKernels.All.Select(k => k.Name)]);
        return kernel;
    }
}
