using System.Diagnostics.CodeAnalysis;

namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// The runner's book-keeping: how many unfinished dependencies each job to run still waits on,
/// and the jobs whose dependencies are all done, biggest inputs first. Longest processing time
/// first (Graham, 1969) bounds <c>-j N</c> at 4/3 − 1/(3N) of the best schedule; in the order the
/// rule lists its books, one big book started last can hold the whole run back (the books differ
/// 125× in size). A job's input bytes stand for its time: counting words is linear in them.
/// </summary>
/// <remarks>
/// Graham, R. L. "Bounds on multiprocessing timing anomalies." SIAM Journal on Applied Mathematics
/// 17, no. 2 (1969): 416–429. https://doi.org/10.1137/0117039
/// </remarks>
internal sealed class JobSchedule
{
    private readonly Dictionary<Job, int> _waitingOn = [];
    private readonly Dictionary<Job, List<Job>> _dependents = [];

    // Biggest first; equal sizes in the order they became ready.
    private readonly PriorityQueue<Job, (long NegativeBytes, long Arrival)> _ready = new();
    private long _arrivals;

    public JobSchedule(JobPlan plan)
    {
        foreach (Job job in plan.ToRun)
        {
            _dependents[job] = [];
        }

        foreach (Job job in plan.ToRun)
        {
            Job[] pending = [.. job.Dependencies.Where(plan.MustRun)];
            _waitingOn[job] = pending.Length;
            foreach (Job dependency in pending)
            {
                _dependents[dependency].Add(job);
            }

            if (pending.Length == 0)
            {
                Ready(job);
            }
        }
    }

    public bool HasReady => _ready.Count > 0;

    public bool TryTakeReady([NotNullWhen(true)] out Job? job) => _ready.TryDequeue(out job, out _);

    public void Finished(Job job)
    {
        foreach (Job dependent in _dependents[job])
        {
            if (--_waitingOn[dependent] == 0)
            {
                Ready(dependent);
            }
        }
    }

    private void Ready(Job job) => _ready.Enqueue(job, (-InputBytes(job), _arrivals++));

    /// <summary>The bytes of the job's inputs that exist (a dependency's outputs exist once it is ready).</summary>
    private static long InputBytes(Job job)
    {
        long bytes = 0;
        foreach (string input in job.Inputs)
        {
            var file = new FileInfo(input);
            bytes += file.Exists ? file.Length : 0;
        }

        return bytes;
    }
}
