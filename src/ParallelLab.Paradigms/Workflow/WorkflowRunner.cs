using System.Diagnostics;
using ParallelLab.Core.IO;

namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// Runs a <see cref="JobPlan"/> with up to <c>-j N</c> jobs at once, each as soon as the jobs it
/// depends on have finished, in DAG order otherwise. As Snakemake does without
/// <c>--keep-going</c>: the first failure stops new jobs from starting, the running ones finish,
/// finished outputs are kept, the failed job's outputs are removed, and the error names the job
/// and its log. A job that exits cleanly but leaves an output missing has failed too.
/// </summary>
public static class WorkflowRunner
{
    public static async Task<WorkflowReport> RunAsync(JobPlan plan, WorkflowOptions options, IProgress<JobProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        using WorkflowLock held = WorkflowLock.Acquire(plan.Dag.WorkingDirectory);

        // The jobs' outputs (in-process jobs', and process jobs' at this batch's request, see
        // ProcessJob) reach the disk in syncs of many files, in the background while jobs run and
        // once at the end, not one fsync per job: those waits did not overlap, and were what kept
        // -j 2 from scaling.
        using var durable = DurableOutputBatch.Begin();
        var stopwatch = Stopwatch.StartNew();
        var schedule = new JobSchedule(plan);
        var running = new Dictionary<Task<TimeSpan>, Job>();
        int slotsInUse = 0;
        Job? next = null; // taken from the schedule, waiting for enough free slots
        var timings = new List<JobTiming>();
        var failures = new List<string>();
        int total = plan.ToRun.Count;

        string? notOnDisk = null;
        try
        {
            while (running.Count > 0 || (failures.Count == 0 && !cancellationToken.IsCancellationRequested && (next is not null || schedule.HasReady)))
            {
                // In schedule order: a job that needs more slots than are free waits, and the jobs behind it with it.
                while (failures.Count == 0 && !cancellationToken.IsCancellationRequested && (next is not null || schedule.TryTakeReady(out next)))
                {
                    int granted = Math.Min(next.Rule.Threads, options.Jobs);
                    if (slotsInUse + granted > options.Jobs)
                    {
                        break;
                    }

                    next.Threads = granted;
                    slotsInUse += granted;
                    progress?.Report(new JobProgress(next, JobProgressKind.Started, timings.Count, total, plan.Reason(next) ?? string.Empty));
                    running.Add(RunOneAsync(next, options.Mode, cancellationToken), next);
                    next = null;
                }

                // The finished jobs' outputs, once the jobs just started leave a core free: at -j 1
                // beside the next job, at -j 2 on 2 cores beside the last ones.
                durable.FlushInBackgroundIfCoreFree(slotsInUse);

                if (running.Count == 0)
                {
                    break; // cancelled between the checks: nothing started, nothing to wait for
                }

                Task<TimeSpan> done = await Task.WhenAny(running.Keys).ConfigureAwait(false);
                Job job = running[done];
                running.Remove(done);
                slotsInUse -= job.Threads;
                try
                {
                    TimeSpan elapsed = await done.ConfigureAwait(false);
                    if (options.Mode == JobMode.Processes)
                    {
                        // Written by the job's process without a sync of its own (ProcessJob asks for that).
                        foreach (string output in job.Outputs)
                        {
                            durable.Include(output);
                        }
                    }

                    timings.Add(new JobTiming(job, elapsed));
                    schedule.Finished(job);
                    progress?.Report(new JobProgress(job, JobProgressKind.Finished, timings.Count, total, $"{elapsed.TotalSeconds:F2} s"));
                }
                catch (Exception) when (cancellationToken.IsCancellationRequested)
                {
                    // Interrupted (the signal may also have killed the child first): not a failure of the job.
                    RemoveOutputs(job);
                }
                catch (Exception e)
                {
                    string cause = e is JobFailedException ? e.Message : $"{e.GetType().Name}: {e.Message}";
                    string? leftover = RemoveOutputs(job);
                    string log = job.Log is null ? string.Empty : $"; log: {job.Display(job.Log)}";
                    failures.Add($"job {job.Name} failed ({cause}){log}{leftover}");
                    progress?.Report(new JobProgress(job, JobProgressKind.Failed, timings.Count, total, cause));
                }
            }
        }
        finally
        {
            try
            {
                // The finished jobs' outputs, whether the run failed, was cancelled or threw: a job
                // run as a process left its sync to this batch.
                durable.Flush();
            }
            catch (IOException e)
            {
                // Newer than their inputs, they would pass for up to date next time.
                notOnDisk = $"{e.Message}; they may be incomplete: make them again with --forceall";
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (failures.Count == 0 && timings.Count < total)
        {
            throw new InvalidOperationException($"the runner stopped with {total - timings.Count} of {total} jobs neither run nor failed");
        }

        if (failures.Count > 0)
        {
            string others = failures.Count > 1 ? $" ({failures.Count - 1} more job(s) failed too)" : string.Empty;
            throw new ParadigmException(failures[0] + others + (notOnDisk is null ? string.Empty : $"; and {notOnDisk}"));
        }

        if (notOnDisk is not null)
        {
            throw new ParadigmException(notOnDisk);
        }

        return new WorkflowReport(plan.Dag.Jobs.Count, timings, plan.UpToDate, stopwatch.Elapsed);
    }

    private static async Task<TimeSpan> RunOneAsync(Job job, JobMode mode, CancellationToken cancellationToken)
    {
        // Off the scheduler's thread at once: a process start or a kernel must not delay the loop.
        await Task.Yield();
        var stopwatch = Stopwatch.StartNew();
        foreach (string file in job.Outputs.Append(job.Log).OfType<string>())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        // An output must be written by this run: one left from before would pass a check for
        // existence and stay older than its inputs. File times can lag the clock by a tick.
        DateTime started = DateTime.UtcNow.AddSeconds(-1);

        using (TextWriter log = OpenLog(job))
        {
            Task step = mode == JobMode.Processes
                ? ProcessJob.RunAsync(job, log, cancellationToken)
                : InProcessJob.RunAsync(job, log, cancellationToken);
            await step.ConfigureAwait(false);
        }

        string? missing = job.Outputs.FirstOrDefault(o => !File.Exists(o) || File.GetLastWriteTimeUtc(o) < started);
        return missing is null
            ? stopwatch.Elapsed
            : throw new JobFailedException($"it finished but did not write {job.Display(missing)}");
    }

    /// <summary>The job's log, or a sink when the rule keeps none; written from two pipes at once, hence synchronised.</summary>
    private static TextWriter OpenLog(Job job) =>
        job.Log is null ? TextWriter.Null : TextWriter.Synchronized(new StreamWriter(job.Log, append: false));

    /// <summary>Removes a failed or interrupted job's outputs; says which could not be removed, if any.</summary>
    private static string? RemoveOutputs(Job job)
    {
        var kept = new List<string>();
        foreach (string output in job.Outputs)
        {
            try
            {
                File.Delete(output);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                kept.Add(job.Display(output));
            }
        }

        return kept.Count == 0 ? null : $"; could not remove {string.Join(", ", kept)}";
    }
}
