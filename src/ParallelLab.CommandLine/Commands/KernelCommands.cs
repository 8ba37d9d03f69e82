namespace ParallelLab.Cli.Commands;

/// <summary>
/// The lesson's three scripts as commands, the ones a workflow runs once per book: both front ends
/// add them, in this order, so that they parse and fail alike.
/// </summary>
public static class KernelCommands
{
    /// <summary>Their names, which the ahead-of-time compiled front end serves itself.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(["wordcount", "zipf", "acf"], StringComparer.Ordinal);

    /// <summary>The root command's description, the same in both front ends.</summary>
    public const string Description = "ParallelLab: the parallel-Python word-count lesson's kernels (word count, Zipf table, word ACF) in C#.";

    public static void AddTo(RootCommand root, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Subcommands.Add(WordCountCommand.Create(context));
        root.Subcommands.Add(ZipfCommand.Create(context));
        root.Subcommands.Add(AcfCommand.Create(context));
    }
}
