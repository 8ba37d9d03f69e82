using System.Globalization;
using System.Text;

namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// The DAG as Graphviz DOT, drawn as <c>snakemake --dag</c> draws it: one rounded box per job
/// labelled with its rule and wildcards, one colour per rule, jobs that are up to date dashed,
/// edges from each job to the jobs that use its outputs. Render with <c>dot -Tsvg</c>.
/// </summary>
public static class DagDot
{
    public static string Render(JobPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        IReadOnlyList<Job> jobs = plan.Dag.Jobs;
        var index = new Dictionary<Job, int>();
        var rules = jobs.Select(j => j.Rule.Name).Distinct(StringComparer.Ordinal).ToList();
        var dot = new StringBuilder()
            .Append("digraph workflow {\n")
            .Append("    graph [bgcolor=white, margin=0];\n")
            .Append("    node [shape=box, style=rounded, fontname=\"DejaVu Sans\", fontsize=10, penwidth=2];\n")
            .Append("    edge [penwidth=2, color=grey];\n");
        foreach (Job job in jobs)
        {
            int id = index.Count;
            index.Add(job, id);
            string label = string.Join("\\n", job.Wildcards.Select(w => Escape($"{w.Key}: {w.Value}")).Prepend(Escape(job.Rule.Name)));
            string style = plan.MustRun(job) ? "rounded" : "rounded,dashed";
            dot.Append(CultureInfo.InvariantCulture, $"    {id} [label=\"{label}\", color=\"{Hue(rules.IndexOf(job.Rule.Name), rules.Count)} 0.6 0.85\", style=\"{style}\"];\n");
        }

        foreach (Job job in jobs)
        {
            foreach (Job dependency in job.Dependencies)
            {
                dot.Append(CultureInfo.InvariantCulture, $"    {index[dependency]} -> {index[job]};\n");
            }
        }

        return dot.Append("}\n").ToString();
    }

    /// <summary>Hues spread evenly round the colour wheel, as HSV fractions.</summary>
    private static string Hue(int rule, int rules) => (rule / (double)Math.Max(rules, 1)).ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>Backslashes and quotes escaped for a DOT string.</summary>
    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
