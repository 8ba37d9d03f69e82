using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Core.IO;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Workflow;

/// <summary>
/// The lesson's word-count workflow (count_words per book, then zipf_test) over a corpus, in a
/// scratch folder removed on <see cref="Dispose"/>: what the workflow's timing report and its
/// benchmark run. Every run makes every file again (Snakemake's <c>--forceall</c>), so each timed
/// run does the whole workflow; outputs are replaced atomically, never deleted first.
/// </summary>
public sealed class WorkflowScratch : IDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly JobPlan _plan;
    private readonly CancellationToken _cancellationToken;
    private readonly WorkflowOutputs _serial;

    /// <param name="corpus">The books.</param>
    /// <param name="cliPath">The <c>parallellab</c> that process jobs start (default: <see cref="CliProgram"/>'s choice).</param>
    /// <param name="cancellationToken">
    /// Stops a run (Ctrl+C in a timing report): no job starts after it, process jobs are killed,
    /// in-process ones finish. Held here because an engine's call takes the workload and a worker
    /// count only.
    /// </param>
    public WorkflowScratch(BookCorpus corpus, string? cliPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        Corpus = corpus;
        _cancellationToken = cancellationToken;
        IReadOnlyList<Rule> rules = WordCountWorkflow.Rules(corpus, ReferenceAcfKernel.Instance, cliPath);
        _folder = Directory.CreateTempSubdirectory("parallellab-workflow-"); // last: nothing after it can throw and leave it behind
        _plan = JobPlan.For(WorkflowDag.Build(rules, [WordCountWorkflow.ResultsTarget], _folder.FullName), forceAll: true);
        Outputs = WorkflowOutputs.In(_folder.FullName, corpus);
        _serial = WorkflowOutputs.In(Path.Combine(_folder.FullName, "serial"), corpus);
    }

    public BookCorpus Corpus { get; }

    /// <summary>Where the runs go: the runner's outputs at its top, the plain loop's in <c>serial/</c>.</summary>
    public string Folder => _folder.FullName;

    /// <summary>The runner's outputs: every book's .dat, then results.csv.</summary>
    public WorkflowOutputs Outputs { get; }

    /// <summary>Runs the whole workflow; the number of jobs run.</summary>
    public int Run(WorkflowOptions options) =>
        WorkflowRunner.RunAsync(_plan, options, cancellationToken: _cancellationToken).GetAwaiter().GetResult().Ran.Count;

    /// <summary>
    /// The same files made by a plain loop in this process, no workflow, in a folder of their own:
    /// every book's .dat, then results.csv, synced in the background (while a core is free) and at
    /// the end as the runner syncs them. What a workflow costs beyond the work is its time over this.
    /// </summary>
    public WorkflowOutputs WriteSerially()
    {
        WorkflowOutputs serial = _serial;
        Directory.CreateDirectory(Path.Combine(serial.Folder, "processed_data"));
        using var durable = DurableOutputBatch.Begin();
        for (int i = 0; i < Corpus.Books.Count; i++)
        {
            WordCountFiles.Write(Corpus.Books[i].Path, serial.PathOf(serial.Dats[i]));
            durable.FlushInBackgroundIfCoreFree(busyThreads: 1); // as the runner does at -j 1
        }

        AtomicFile.WriteAllText(serial.PathOf(serial.Results), ZipfTable.Render(WordCountWorkflow.ZipfTopWords, serial.Dats.Select(serial.PathOf)));
        durable.Flush();
        return serial;
    }

    public void Dispose()
    {
        if (_folder.Exists)
        {
            _folder.Delete(recursive: true);
        }
    }
}
