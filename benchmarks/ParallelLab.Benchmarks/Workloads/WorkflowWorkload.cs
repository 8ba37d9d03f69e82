using ParallelLab.Cli.Workflow;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Benchmarks.Workloads;

/// <summary>
/// The lesson's word-count workflow over the benchmark's corpus, in a scratch folder
/// (<see cref="WorkflowScratch"/>, shared with <c>parallellab workflow time</c>), checked against
/// the serial kernels themselves before it is timed.
/// </summary>
internal sealed class WorkflowWorkload(CorpusWorkload corpus) : IDisposable
{
    private readonly WorkflowScratch _scratch = new(corpus.Corpus);

    public int Run(WorkflowOptions options) => _scratch.Run(options);

    /// <summary>The same files from a plain loop (<see cref="WorkflowScratch.WriteSerially"/>); the number of files made.</summary>
    public int WriteSerially() => _scratch.WriteSerially().Files.Count();

    /// <summary>
    /// Each .dat against the serial kernel's table for the same bytes, and results.csv against the
    /// Zipf table of those checked files.
    /// </summary>
    public void CheckAgainstSerial(string engine)
    {
        WorkflowOutputs outputs = _scratch.Outputs;
        string[] dats = [.. outputs.Dats.Select(outputs.PathOf)];
        for (int i = 0; i < dats.Length; i++)
        {
            string serial = DatFile.Format(BookWordCounter.Count(corpus.Books[i], corpus.Corpus.Books[i].Name));
            if (File.ReadAllText(dats[i]) != serial)
            {
                throw new InvalidOperationException($"{engine}: {dats[i]} differs from serial; not timing a wrong answer");
            }
        }

        if (File.ReadAllText(outputs.PathOf(outputs.Results)) != ZipfTable.Render(WordCountWorkflow.ZipfTopWords, dats))
        {
            throw new InvalidOperationException($"{engine}: results.csv differs from serial; not timing a wrong answer");
        }
    }

    /// <summary>Removes the scratch folder.</summary>
    public void Dispose() => _scratch.Dispose();
}
