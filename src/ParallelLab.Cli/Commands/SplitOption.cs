using ParallelLab.Paradigms.Threads;

namespace ParallelLab.Cli.Commands;

/// <summary>The <c>--split words|lags</c> option of the parallel ACF commands: how the work is cut into items.</summary>
internal static class SplitOption
{
    public static Option<AcfSplit> Create(string description) =>
        new("--split") { Description = description, DefaultValueFactory = _ => AcfSplit.Words };
}
