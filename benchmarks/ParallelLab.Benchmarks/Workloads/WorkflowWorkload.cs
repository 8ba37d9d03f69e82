using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.IO;
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
    /// The same files made by a plain loop in this process, no workflow: every book's .dat, then
    /// results.csv, made durable together as the workflow makes them. What a workflow costs beyond
    /// the work is its time over this.
    /// </summary>
    public int WriteSerially()
    {
        using var durable = DurableOutputBatch.Begin();
        string processed = Directory.CreateDirectory(Path.Combine(_folder.FullName, "serial", "processed_data")).FullName;
        var dats = new string[_corpus.Corpus.Books.Count];
        for (int i = 0; i < dats.Length; i++)
        {
            dats[i] = Path.Combine(processed, _corpus.Corpus.Books[i].Name + ".dat");
            WordCountFiles.Write(_corpus.Corpus.Books[i].Path, dats[i]);
        }

        AtomicFile.WriteAllText(Path.Combine(_folder.FullName, "serial", WordCountWorkflow.ResultsTarget), ZipfTable.Render(WordCountWorkflow.ZipfTopWords, dats));
        durable.Flush();
        return dats.Length + 1;
    }

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
