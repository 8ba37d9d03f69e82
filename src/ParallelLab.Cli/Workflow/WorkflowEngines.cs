using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Workflow;

/// <summary>
/// The workflow as an engine family, for the timing report: the plain loop as the baseline, and
/// the job runner with its jobs in this process or as <c>parallellab</c> processes, the worker
/// count being <c>-j</c>. Every run's files must equal the loop's, byte for byte.
/// </summary>
public static class WorkflowEngines
{
    public const string InProcess = "in-process";
    public const string Processes = "processes";

    public static EngineFamily<WorkflowScratch, WorkflowOutputs> Family { get; } = new(
        "serial",
        scratch => scratch.WriteSerially(),
        WorkflowOutputs.Same,
        [
            Engine.Of<WorkflowScratch, WorkflowOutputs>(InProcess, (scratch, jobs) => RunAll(scratch, new WorkflowOptions(jobs, JobMode.InProcess))),
            Engine.Of<WorkflowScratch, WorkflowOutputs>(Processes, (scratch, jobs) => RunAll(scratch, new WorkflowOptions(jobs, JobMode.Processes))),
        ]);

    private static WorkflowOutputs RunAll(WorkflowScratch scratch, WorkflowOptions options)
    {
        scratch.Run(options);
        return scratch.Outputs;
    }
}
