using ParallelLab.Cli.Workflow;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Tests.Workflow;

/// <summary>The workflow's timing family: the loop's files equal the runner's, a changed byte is refused, each mode runs as named, nothing is left behind.</summary>
public class WorkflowScratchTests(SmallCorpusDirectory corpus) : IClassFixture<SmallCorpusDirectory>
{
    private readonly BookCorpus _books = BookCorpus.Open(corpus.Path);

    [Theory]
    [InlineData(0)] // a .dat
    [InlineData(-1)] // results.csv
    public void The_loop_and_the_runner_make_the_same_files_and_a_changed_byte_is_refused(int fileFromEnd)
    {
        string folder;
        using (var scratch = new WorkflowScratch(_books))
        {
            folder = scratch.Folder;
            WorkflowOutputs serial = WorkflowEngines.Family.Serial(scratch);
            WorkflowOutputs run = WorkflowEngines.Family["in-process"].Run(scratch, 2);
            WorkflowEngines.Family.Check(serial, run, "in-process", 2);

            string changed = run.PathOf(run.Files.ElementAt(fileFromEnd < 0 ? run.Dats.Count : 3));
            byte[] bytes = File.ReadAllBytes(changed);
            bytes[^2] ^= 1;
            File.WriteAllBytes(changed, bytes);
            Assert.Throws<ParadigmException>(() => WorkflowEngines.Family.Check(serial, run, "in-process", 2));
        }

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Process_jobs_start_the_given_program_and_in_process_jobs_need_none()
    {
        using var scratch = new WorkflowScratch(_books, cliPath: Path.Combine(corpus.Path, "no-such-parallellab"));

        Assert.Equal(_books.Books.Count + 1, scratch.Run(new WorkflowOptions(1, JobMode.InProcess)));
        var e = Assert.Throws<ParadigmException>(() => WorkflowEngines.Family["processes"].Run(scratch, 1));
        Assert.Contains("no-such-parallellab", e.Message, StringComparison.Ordinal);
    }
}
