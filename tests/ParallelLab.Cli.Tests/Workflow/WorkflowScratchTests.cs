using ParallelLab.Cli.Workflow;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Tests.Workflow;

/// <summary>The scratch workflow of the timing report and the benchmark: the loop's files equal the runner's, and nothing is left behind.</summary>
public class WorkflowScratchTests(SmallCorpusDirectory corpus) : IClassFixture<SmallCorpusDirectory>
{
    [Fact]
    public void The_plain_loop_and_the_runner_make_the_same_files_and_a_changed_byte_tells_them_apart()
    {
        var scratch = new WorkflowScratch(BookCorpus.Open(corpus.Path));
        string folder;
        using (scratch)
        {
            WorkflowOutputs serial = scratch.WriteSerially();
            Assert.Equal(8, scratch.Run(new WorkflowOptions(2, JobMode.InProcess))); // 7 books, then zipf_test
            WorkflowOutputs run = scratch.Outputs;
            Assert.True(WorkflowOutputs.Same(serial, run));

            string dat = run.PathOf(run.Dats[3]);
            byte[] bytes = File.ReadAllBytes(dat);
            bytes[^2] ^= 1;
            File.WriteAllBytes(dat, bytes);
            Assert.False(WorkflowOutputs.Same(serial, run));
            folder = run.Folder;
        }

        Assert.False(Directory.Exists(folder));
    }
}
