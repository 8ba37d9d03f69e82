using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using ParallelLab.Benchmarks.Configuration;
using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Benchmarks;

/// <summary>
/// The embarrassingly parallel workflow: the whole word count (a .dat per book, then results.csv)
/// as a DAG of jobs, <c>-j</c> at a time, each job a <c>parallellab</c> process (as under
/// Snakemake) or a kernel call in this process. <c>-j 1</c> is the baseline of each mode:
/// speedup = T(Jobs=1) / T(Jobs=N); <see cref="Serial"/>, the same files from a plain loop, is
/// what the workflow's own overhead is measured against.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet's lifetime is [GlobalSetup]/[GlobalCleanup], which disposes the scratch folder.")]
public class Workflow
{
    private WorkflowWorkload _workflow = null!;

    public static IEnumerable<int> JobCountValues => WorkerCounts.PowersOfTwo(atLeast: 4);

    [ParamsSource(nameof(JobCountValues))]
    public int Jobs { get; set; }

    [ParamsAllValues]
    public JobMode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workflow = new WorkflowWorkload(CorpusWorkload.Current);
        _workflow.Run(new WorkflowOptions(Jobs, Mode));
        _workflow.CheckAgainstSerial($"workflow -j {Jobs} ({Mode})");
    }

    [GlobalCleanup]
    public void Cleanup() => _workflow.Dispose();

    [Benchmark]
    [WholeCorpus]
    public int WordCount() => _workflow.Run(new WorkflowOptions(Jobs, Mode));

    [Benchmark(Baseline = true)]
    [WholeCorpus]
    public int Serial() => _workflow.WriteSerially();
}
