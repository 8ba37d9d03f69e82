using ParallelLab.Core.Corpus;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests;

/// <summary>A small synthetic corpus (7 books, 5–60 kB) on disk, for the commands that work on a whole corpus.</summary>
public sealed class SmallCorpusDirectory : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public SmallCorpusDirectory()
    {
        Path = _root.File("corpus");
        SyntheticCorpus.Generate(Path, SyntheticCorpusOptions.Default with { BookCount = 7, SmallestBookBytes = 5_000, LargestBookBytes = 60_000 });
    }

    public string Path { get; }

    public void Dispose() => _root.Dispose();
}
