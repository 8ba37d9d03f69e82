using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.WordCount;
using ParallelLab.Cli.Workflow;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Benchmarks.Workloads;

/// <summary>
/// The lesson's word-count workflow (count_words per book, then zipf_test) over the benchmark's
/// corpus, in a scratch folder. Every run makes every file again (Snakemake's <c>--forceall</c>),
/// so each measured run does the whole workflow; outputs are replaced atomically, never deleted.
/// </summary>
internal sealed class WorkflowWorkload
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("parallellab-workflow-");
    private readonly CorpusWorkload _corpus;
    private readonly JobPlan _plan;

    public WorkflowWorkload(CorpusWorkload corpus)
    {
        _corpus = corpus;
        IReadOnlyList<Rule> rules = WordCountWorkflow.Rules(corpus.Corpus, ReferenceAcfKernel.Instance);
        _plan = JobPlan.For(WorkflowDag.Build(rules, [WordCountWorkflow.ResultsTarget], _folder.FullName), forceAll: true);
    }

    public int Run(WorkflowOptions options) =>
        WorkflowRunner.RunAsync(_plan, options).GetAwaiter().GetResult().Ran.Count;

    /// <summary>
    /// Each .dat against the serial kernel's table for the same bytes, and results.csv against the
    /// Zipf table of those checked files.
    /// </summary>
    public void CheckAgainstSerial(string engine)
    {
        string processed = Path.Combine(_folder.FullName, "processed_data");
        string[] dats = [.. _corpus.Corpus.Books.Select(b => Path.Combine(processed, b.Name + ".dat"))];
        for (int i = 0; i < dats.Length; i++)
        {
            string serial = DatFile.Format(BookWordCounter.Count(_corpus.Books[i], _corpus.Corpus.Books[i].Name));
            if (File.ReadAllText(dats[i]) != serial)
            {
                throw new InvalidOperationException($"{engine}: {dats[i]} differs from serial; not timing a wrong answer");
            }
        }

        if (File.ReadAllText(Path.Combine(_folder.FullName, WordCountWorkflow.ResultsTarget)) != ZipfTable.Render(WordCountWorkflow.ZipfTopWords, dats))
        {
            throw new InvalidOperationException($"{engine}: results.csv differs from serial; not timing a wrong answer");
        }
    }

    public void DeleteFolder() => _folder.Delete(recursive: true);
}
