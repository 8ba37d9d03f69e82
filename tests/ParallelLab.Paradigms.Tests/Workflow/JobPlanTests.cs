using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Paradigms.Tests.Workflow;

/// <summary>Up-to-date checks by file time, as Snakemake makes them.</summary>
public class JobPlanTests
{
    [Fact]
    public void Every_job_runs_when_nothing_has_been_made_and_none_after_a_complete_run()
    {
        using var toy = new ToyWorkflow("a", "b");

        JobPlan first = JobPlan.For(toy.Dag());
        toy.Run();
        JobPlan second = JobPlan.For(toy.Dag());

        Assert.Equal(3, first.ToRun.Count);
        Assert.Equal("missing output out/a.up", first.Reason(first.ToRun[0]));
        Assert.Empty(second.ToRun);
        Assert.Equal(3, second.UpToDate);
    }

    [Fact]
    public void Touching_one_input_reruns_only_its_branch_and_what_depends_on_it()
    {
        using var toy = new ToyWorkflow("a", "b", "c");
        toy.Run();

        toy.Touch(toy.Source("b"));
        JobPlan plan = JobPlan.For(toy.Dag());

        Assert.Equal(["upper[name=b]", "join"], plan.ToRun.Select(j => j.Name));
        Assert.Equal("input src/b.txt is newer than the output", plan.Reason(plan.ToRun[0]));
        Assert.Equal("input from upper[name=b] will be updated", plan.Reason(plan.ToRun[1]));
    }

    [Fact]
    public void Rerunning_after_a_touch_runs_those_jobs_and_leaves_the_others_untouched()
    {
        using var toy = new ToyWorkflow("a", "b", "c");
        toy.Run();
        toy.Touch(toy.Source("c"));
        DateTime untouched = File.GetLastWriteTimeUtc(toy.Upper("a"));

        WorkflowReport report = toy.Run(jobs: 2);

        Assert.Equal(["upper[name=c]", "join"], report.Ran.Select(r => r.Job.Name));
        Assert.Equal(2, report.UpToDate);
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(toy.Upper("a")));
        Assert.Empty(JobPlan.For(toy.Dag()).ToRun);
    }

    [Fact]
    public void A_missing_intermediate_file_reruns_its_job_and_the_jobs_after_it()
    {
        using var toy = new ToyWorkflow("a", "b");
        toy.Run();

        File.Delete(toy.Upper("a"));

        Assert.Equal(["upper[name=a]", "join"], JobPlan.For(toy.Dag()).ToRun.Select(j => j.Name));
    }

    [Fact]
    public void A_program_newer_than_the_outputs_makes_them_all_stale()
    {
        using var toy = new ToyWorkflow("a", "b");
        string program = Path.Combine(toy.Root, "program.dll");
        File.WriteAllText(program, "v1");
        toy.Program = [program];
        toy.Run();
        Assert.Empty(JobPlan.For(toy.Dag()).ToRun);

        File.SetLastWriteTimeUtc(program, File.GetLastWriteTimeUtc(toy.Joined).AddSeconds(5));
        JobPlan plan = JobPlan.For(toy.Dag());

        Assert.Equal(3, plan.ToRun.Count);
        Assert.Equal("program program.dll is newer than the output", plan.Reason(plan.ToRun[0]));
    }

    [Fact]
    public void Force_all_runs_jobs_that_are_up_to_date()
    {
        using var toy = new ToyWorkflow("a");
        toy.Run();

        Assert.Equal(2, JobPlan.For(toy.Dag(), forceAll: true).ToRun.Count);
    }
}
