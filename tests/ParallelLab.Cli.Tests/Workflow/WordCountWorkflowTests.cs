using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Core.WordCount;
using ParallelLab.Cli.Workflow;
using ParallelLab.Paradigms.Workflow;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Workflow;

/// <summary>The lesson's workflow, in-process here (the CLI's tests run it as processes and under Snakemake).</summary>
public sealed class WordCountWorkflowTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();
    private readonly SmallCorpusDirectory _corpus = new();

    public void Dispose()
    {
        _folder.Dispose();
        _corpus.Dispose();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void In_process_jobs_make_what_the_serial_kernels_make(int jobs)
    {
        BookCorpus corpus = WriteSmallCorpus();
        string work = Directory.CreateDirectory(_folder.File("work")).FullName;

        WorkflowReport report = Run(corpus, work, jobs, WordCountWorkflow.AllTarget);

        Assert.Equal(1 + (2 * corpus.Books.Count), report.Ran.Count);
        string serial = Directory.CreateDirectory(_folder.File("serial")).FullName;
        foreach (BookFile book in corpus.Books)
        {
            WordCountFiles.Write(book.Path, Path.Combine(serial, book.Name + ".dat"));
            Assert.Equal(File.ReadAllBytes(Path.Combine(serial, book.Name + ".dat")), File.ReadAllBytes(Path.Combine(work, "processed_data", book.Name + ".dat")));
            AcfFiles.Write(book.Path, Path.Combine(serial, book.Name + ".dat"), Path.Combine(serial, book.Name + ".csv"), ReferenceAcfKernel.Instance);
            Assert.Equal(File.ReadAllBytes(Path.Combine(serial, book.Name + ".csv")), File.ReadAllBytes(Path.Combine(work, "acf", book.Name + ".csv")));
            Assert.StartsWith("serial time: ", File.ReadAllText(Path.Combine(work, "logs", "acf", book.Name + ".log")), StringComparison.Ordinal);
        }

        string expected = ZipfTable.Render(10, corpus.Books.Select(b => Path.Combine(serial, b.Name + ".dat")));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(work, "results.csv")));
    }

    [Fact]
    public void The_default_target_is_the_word_count_alone()
    {
        BookCorpus corpus = WriteSmallCorpus();
        string work = Directory.CreateDirectory(_folder.File("work")).FullName;

        WorkflowReport report = Run(corpus, work, 2, WordCountWorkflow.ResultsTarget);

        Assert.Equal(corpus.Books.Count + 1, report.Ran.Count);
        Assert.False(Directory.Exists(Path.Combine(work, "acf")));
    }

    [SharedDataFact]
    public void On_the_gutenberg_books_results_csv_equals_the_reference_byte_for_byte()
    {
        BookCorpus corpus = BookCorpus.Open(SharedData.BooksDirectory);
        string work = Directory.CreateDirectory(_folder.File("work")).FullName;

        Run(corpus, work, 2, WordCountWorkflow.ResultsTarget);

        Assert.Equal(File.ReadAllBytes(SharedData.ReferenceZipfPath), File.ReadAllBytes(Path.Combine(work, "results.csv")));
        foreach (BookFile book in corpus.Books)
        {
            Assert.Equal(File.ReadAllBytes(SharedData.ReferenceDatPath(book.Name)), File.ReadAllBytes(Path.Combine(work, "processed_data", book.Name + ".dat")));
        }
    }

    private static WorkflowReport Run(BookCorpus corpus, string work, int jobs, string target)
    {
        WorkflowDag dag = WorkflowDag.Build(WordCountWorkflow.Rules(corpus, ReferenceAcfKernel.Instance), [target], work);
        return WorkflowRunner.RunAsync(JobPlan.For(dag), new WorkflowOptions(jobs, JobMode.InProcess)).GetAwaiter().GetResult();
    }

    private BookCorpus WriteSmallCorpus() => BookCorpus.Open(_corpus.Path);
}
