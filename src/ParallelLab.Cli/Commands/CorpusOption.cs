using ParallelLab.Core.Corpus;

namespace ParallelLab.Cli.Commands;

/// <summary>The <c>--corpus DIR</c> option shared by every command that works on a whole corpus.</summary>
internal static class CorpusOption
{
    public static Option<string?> Create() => new("--corpus")
    {
        Description = $"A directory of *.txt books (default: ${CorpusLocator.CorpusVariable}, else the built-in synthetic corpus).",
    };
}
