using ParallelLab.Core.Corpus;

namespace ParallelLab.Core.Tests.Corpus;

/// <summary>The default synthetic corpus, generated once into a temporary folder for a test class.</summary>
public sealed class GeneratedCorpusFixture : IDisposable
{
    private readonly DirectoryInfo _root = System.IO.Directory.CreateTempSubdirectory("parallellab-corpus-");

    public GeneratedCorpusFixture()
    {
        Directory = Path.Combine(_root.FullName, "corpus");
        SyntheticCorpus.Generate(Directory, SyntheticCorpusOptions.Default);
        Corpus = BookCorpus.Open(Directory);
    }

    public string Directory { get; }

    public BookCorpus Corpus { get; }

    public string TemporaryRoot => _root.FullName;

    public void Dispose() => _root.Delete(recursive: true);
}
