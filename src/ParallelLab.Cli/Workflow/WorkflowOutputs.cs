using ParallelLab.Core.Corpus;

namespace ParallelLab.Cli.Workflow;

/// <summary>
/// Where a run of the word-count workflow left its files: every book's .dat in corpus order, then
/// results.csv, relative to <see cref="Folder"/>. Two runs made the same result when every file
/// is byte for byte the same (<see cref="Same"/>).
/// </summary>
public sealed record WorkflowOutputs(string Folder, IReadOnlyList<string> Dats, string Results)
{
    public static WorkflowOutputs In(string folder, BookCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return new(folder, [.. corpus.Books.Select(b => Path.Combine("processed_data", b.Name + ".dat"))], WordCountWorkflow.ResultsTarget);
    }

    public IEnumerable<string> Files => Dats.Append(Results);

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>The same files with the same bytes (read when asked, so a timed run does not read them).</summary>
    public static bool Same(WorkflowOutputs expected, WorkflowOutputs actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return expected.Files.SequenceEqual(actual.Files, StringComparer.Ordinal)
            && expected.Files.All(file => File.ReadAllBytes(expected.PathOf(file)).AsSpan().SequenceEqual(File.ReadAllBytes(actual.PathOf(file))));
    }
}
