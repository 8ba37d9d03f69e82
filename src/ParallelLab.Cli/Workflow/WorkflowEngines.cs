using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Workflow;

/// <summary>
/// The workflow as an engine family, for its timing report: the plain loop as the baseline, and
/// the job runner with its jobs in this process or as <c>parallellab</c> processes, the worker
/// count being <c>-j</c>. Every run's files must equal the loop's, byte for byte. It lives here,
/// not in <see cref="EngineCatalogue"/>, because the workflow's rules are the command line's.
/// </summary>
public static class WorkflowEngines
{
    public static EngineFamily<WorkflowScratch, WorkflowOutputs> Family { get; } = new(
        "serial",
        scratch => scratch.WriteSerially(),
        WorkflowOutputs.Same,
        new[] { JobMode.InProcess, JobMode.Processes }.Select(mode => Engine.Of<WorkflowScratch, WorkflowOutputs>(NameOf(mode), (scratch, jobs) => RunAll(scratch, new WorkflowOptions(jobs, mode)))));

    /// <summary>The mode as the command line writes it: "in-process", "processes".</summary>
    public static string NameOf(JobMode mode) => mode == JobMode.InProcess ? "in-process" : "processes";

    private static WorkflowOutputs RunAll(WorkflowScratch scratch, WorkflowOptions options)
    {
        WorkflowOutputs outputs = scratch.Outputs;
        int ran = scratch.Run(options);
        int expected = outputs.Files.Count(); // one job per output: a count_words per book, then zipf_test
        return ran == expected ? outputs : throw new Paradigms.ParadigmException($"the workflow ran {ran} jobs of {expected}");
    }
}
