using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Paradigms.Tests.Workflow;

public class WorkflowDagTests
{
    [Fact]
    public void Wildcards_expand_to_one_job_per_name_and_every_job_follows_its_dependencies()
    {
        using var toy = new ToyWorkflow("b", "a", "c");

        WorkflowDag dag = toy.Dag();

        Assert.Equal(["upper[name=b]", "upper[name=a]", "upper[name=c]", "join"], dag.Jobs.Select(j => j.Name));
        Job join = dag.Jobs[^1];
        Assert.Equal(dag.Jobs.Take(3), join.Dependencies);
        Assert.Equal([toy.Upper("b"), toy.Upper("a"), toy.Upper("c")], join.Inputs);
        Assert.Equal([toy.Source("a")], dag.Jobs[1].Inputs);
        Assert.Equal(Path.Combine(toy.Root, "logs", "upper", "a.log"), dag.Jobs[1].Log);
        Assert.All(dag.Jobs, job => Assert.All(job.Dependencies, d => Assert.True(IndexOf(dag, d) < IndexOf(dag, job))));
    }

    [Fact]
    public void A_target_file_needs_only_its_own_branch()
    {
        using var toy = new ToyWorkflow("a", "b");

        Assert.Equal(["upper[name=b]"], toy.Dag("out/b.up").Jobs.Select(j => j.Name));
        Assert.Equal(["upper[name=a]"], toy.Dag(toy.Upper("a")).Jobs.Select(j => j.Name));
    }

    [Fact]
    public void A_rule_name_is_a_target_and_a_rule_without_outputs_stands_for_its_inputs()
    {
        using var toy = new ToyWorkflow("a", "b");
        Rule everything = new() { Name = "all", Inputs = _ => ["joined.txt", "out/a.up"] };

        WorkflowDag byAll = WorkflowDag.Build([everything, .. toy.Rules()], ["all"], toy.Root);
        WorkflowDag byJoin = WorkflowDag.Build(toy.Rules(), ["join"], toy.Root);

        Assert.Equal(["upper[name=a]", "upper[name=b]", "join"], byAll.Jobs.Select(j => j.Name));
        Assert.Equal(byAll.Jobs.Select(j => j.Name), byJoin.Jobs.Select(j => j.Name));
    }

    [Fact]
    public void A_rule_whose_outputs_have_wildcards_cannot_be_named_as_a_target()
    {
        using var toy = new ToyWorkflow("a");

        var error = Assert.Throws<ParadigmException>(() => toy.Dag("upper"));
        Assert.Contains("wildcards", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_source_names_the_file_and_the_job_that_needs_it()
    {
        using var toy = new ToyWorkflow("a", "b");
        File.Delete(toy.Source("b"));

        var error = Assert.Throws<ParadigmException>(() => toy.Dag());
        Assert.Equal("missing input 'src/b.txt' of job upper[name=b]: no rule makes it, and it does not exist", error.Message);
    }

    [Fact]
    public void A_target_that_no_rule_makes_and_that_does_not_exist_is_an_error()
    {
        using var toy = new ToyWorkflow("a");

        var error = Assert.Throws<ParadigmException>(() => toy.Dag("nothing.csv"));
        Assert.Equal("no rule makes target 'nothing.csv', and it does not exist", error.Message);
    }

    [Fact]
    public void A_target_that_exists_and_that_no_rule_makes_needs_no_job()
    {
        using var toy = new ToyWorkflow("a");

        Assert.Empty(toy.Dag("src/a.txt").Jobs);
    }

    [Fact]
    public void Two_rules_that_make_the_same_file_and_a_cycle_are_errors()
    {
        using var toy = new ToyWorkflow("a");
        Rule twin = new() { Name = "twin", Outputs = [new FilePattern("joined.txt")] };
        Rule loop = new() { Name = "loop", Outputs = [new FilePattern("loop/{n}.x")], Inputs = w => [$"loop/{w["n"]}.x"] };

        Assert.Contains("join and twin both make 'joined.txt'", Assert.Throws<ParadigmException>(() => WorkflowDag.Build([.. toy.Rules(), twin], ["joined.txt"], toy.Root)).Message, StringComparison.Ordinal);
        Assert.Contains("cycle", Assert.Throws<ParadigmException>(() => WorkflowDag.Build([loop], ["loop/1.x"], toy.Root)).Message, StringComparison.Ordinal);
    }

    private static int IndexOf(WorkflowDag dag, Job job) => dag.Jobs.ToList().IndexOf(job);
}
