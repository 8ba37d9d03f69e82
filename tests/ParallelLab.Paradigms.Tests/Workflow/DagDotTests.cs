using System.Diagnostics;
using ParallelLab.Paradigms.Workflow;
using ParallelLab.TestSupport;

namespace ParallelLab.Paradigms.Tests.Workflow;

public class DagDotTests
{
    [Fact]
    public void Each_job_is_a_node_and_each_dependency_an_edge_with_up_to_date_jobs_dashed()
    {
        using var toy = new ToyWorkflow("a", "b");
        toy.Run(targets: "out/a.up");

        string dot = DagDot.Render(JobPlan.For(toy.Dag()));

        Assert.StartsWith("digraph workflow {", dot, StringComparison.Ordinal);
        Assert.Contains("0 [label=\"upper\\nname: a\", color=\"0.00 0.6 0.85\", style=\"rounded,dashed\"];", dot, StringComparison.Ordinal);
        Assert.Contains("1 [label=\"upper\\nname: b\", color=\"0.00 0.6 0.85\", style=\"rounded\"];", dot, StringComparison.Ordinal);
        Assert.Contains("2 [label=\"join\", color=\"0.50 0.6 0.85\", style=\"rounded\"];", dot, StringComparison.Ordinal);
        Assert.Contains("    0 -> 2;\n    1 -> 2;\n}", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_and_backslashes_in_names_are_escaped()
    {
        using var toy = new ToyWorkflow("say \"hi\" \\ there");

        string dot = DagDot.Render(JobPlan.For(toy.Dag()));

        Assert.Contains("label=\"upper\\nname: say \\\"hi\\\" \\\\ there\"", dot, StringComparison.Ordinal);
    }

    [InstalledToolFact("dot", "graphviz")]
    public async Task Graphviz_renders_the_output_to_svg()
    {
        using var toy = new ToyWorkflow("a", "quote\"d", "back\\slash");
        string dot = DagDot.Render(JobPlan.For(toy.Dag()));

        var start = new ProcessStartInfo("dot", ["-Tsvg"]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using Process graphviz = Process.Start(start)!;
        await graphviz.StandardInput.WriteAsync(dot);
        graphviz.StandardInput.Close();
        Task<string> error = graphviz.StandardError.ReadToEndAsync();
        string svg = await graphviz.StandardOutput.ReadToEndAsync();
        await graphviz.WaitForExitAsync();

        Assert.True(graphviz.ExitCode == 0, await error);
        Assert.Empty(await error);
        var document = System.Xml.Linq.XDocument.Parse(svg);
        Assert.Equal(4, document.Descendants().Count(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "node"));
        Assert.Equal(3, document.Descendants().Count(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "edge"));
    }
}
