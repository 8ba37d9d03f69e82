using ParallelLab.Paradigms.Workflow;
using ParallelLab.TestSupport;

namespace ParallelLab.Paradigms.Tests.Workflow;

/// <summary>One workflow at a time per working directory; a second is refused with the lock named.</summary>
public sealed class WorkflowLockTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_second_run_in_the_same_directory_is_refused_until_the_first_ends()
    {
        using (WorkflowLock.Acquire(_folder.Path))
        {
            var e = Assert.Throws<ParadigmException>(() => WorkflowLock.Acquire(_folder.Path));
            Assert.Contains($"another workflow is running in '{_folder.Path}'", e.Message, StringComparison.Ordinal);
            Assert.Contains(WorkflowLock.FileName, e.Message, StringComparison.Ordinal);
        }

        using (WorkflowLock.Acquire(_folder.Path))
        {
        }

        Assert.False(File.Exists(_folder.File(WorkflowLock.FileName)));
    }

    [Fact]
    public async Task The_runner_takes_the_lock()
    {
        var rule = new Rule { Name = "touch", Outputs = [new FilePattern("out.txt")], Kernel = (job, _) => File.WriteAllText(job.Outputs[0], "x") };
        JobPlan plan = JobPlan.For(WorkflowDag.Build([rule], ["out.txt"], _folder.Path));

        using (WorkflowLock.Acquire(_folder.Path))
        {
            await Assert.ThrowsAsync<ParadigmException>(() => WorkflowRunner.RunAsync(plan, new WorkflowOptions(1, JobMode.InProcess)));
        }

        WorkflowReport report = await WorkflowRunner.RunAsync(plan, new WorkflowOptions(1, JobMode.InProcess));
        Assert.Single(report.Ran);
    }
}
