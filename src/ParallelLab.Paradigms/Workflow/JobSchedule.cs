using System.Diagnostics.CodeAnalysis;

namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// The runner's book-keeping: how many unfinished dependencies each job to run still waits on,
/// and the queue of jobs whose dependencies are all done.
/// </summary>
internal sealed class JobSchedule
{
    private readonly Dictionary<Job, int> _waitingOn = [];
    private readonly Dictionary<Job, List<Job>> _dependents = [];
    private readonly Queue<Job> _ready = new();

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
                _ready.Enqueue(job);
            }
        }
    }

    public bool HasReady => _ready.Count > 0;

    public bool TryTakeReady([NotNullWhen(true)] out Job? job) => _ready.TryDequeue(out job);

    public void Finished(Job job)
    {
        foreach (Job dependent in _dependents[job])
        {
            if (--_waitingOn[dependent] == 0)
            {
                _ready.Enqueue(dependent);
            }
        }
    }
}
