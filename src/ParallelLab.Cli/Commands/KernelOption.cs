using System.CommandLine;
using ParallelLab.Core.Autocorrelation;

namespace ParallelLab.Cli.Commands;

/// <summary>The <c>--kernel reference|fast</c> option of every command that computes an ACF.</summary>
internal static class KernelOption
{
    public static Option<string> Create(string description = "ACF kernel.")
    {
        var kernel = new Option<string>("--kernel") { Description = description, DefaultValueFactory = _ => ReferenceAcfKernel.Instance.Name };
        kernel.AcceptOnlyFromAmong([.. AcfKernels.All.Select(k => k.Name)]);
        return kernel;
    }
}
