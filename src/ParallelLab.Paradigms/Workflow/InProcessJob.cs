using ParallelLab.Core.IO;

namespace ParallelLab.Paradigms.Workflow;

/// <summary>Runs a job's kernel on a thread-pool thread of this process, with the job's log as its writer.</summary>
internal static class InProcessJob
{
    public static async Task RunAsync(Job job, TextWriter log, CancellationToken cancellationToken)
    {
        Action<Job, TextWriter> kernel = job.Rule.Kernel
            ?? throw new JobFailedException($"rule {job.Rule.Name} has no kernel to run in-process");
        try
        {
            await Task.Run(() => kernel(job, log), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InputException or ParadigmException or IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: {e.Message}");
            throw new JobFailedException(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not a user's mistake but a defect: the log keeps the whole trace, the error names it.
            log.WriteLine($"error: {e}");
            throw new JobFailedException($"{e.GetType().Name}: {e.Message}");
        }
    }
}
