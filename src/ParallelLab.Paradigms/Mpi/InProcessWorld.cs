using System.Text;

namespace ParallelLab.Paradigms.Mpi;

/// <summary>
/// The shared message system of simulated ranks: one inbox per rank, searched in arrival order, so
/// messages between a pair of ranks never overtake each other (MPI's ordering rule). Sends are
/// eager (buffered), so only receives block. The world notices a deadlock, every unfinished rank
/// blocked with nothing to receive, and a rank's failure, and ends every blocked call with the reason.
/// </summary>
internal sealed class InProcessWorld
{
    private readonly object _gate = new();
    private readonly List<Envelope>[] _inboxes;
    private readonly (int Source, int Tag)?[] _waiting;
    private readonly bool[] _finished;
    private MpiException? _failure;

    public InProcessWorld(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        Size = size;
        _inboxes = Enumerable.Range(0, size).Select(_ => new List<Envelope>()).ToArray();
        _waiting = new (int, int)?[size];
        _finished = new bool[size];
    }

    public int Size { get; }

    public MpiException? Failure
    {
        get
        {
            lock (_gate)
            {
                return _failure;
            }
        }
    }

    public void Post(int destination, Envelope envelope)
    {
        lock (_gate)
        {
            ThrowIfFailed();
            _inboxes[destination].Add(envelope);
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Blocks until a message for <paramref name="rank"/> matches, then removes and returns it.</summary>
    public Envelope Take(int rank, int source, int tag)
    {
        lock (_gate)
        {
            try
            {
                while (true)
                {
                    ThrowIfFailed();
                    Envelope? match = Match(rank, source, tag);
                    if (match is not null)
                    {
                        _inboxes[rank].Remove(match);
                        return match;
                    }

                    _waiting[rank] = (source, tag);
                    if (IsDeadlocked())
                    {
                        _failure = new MpiException(DeadlockReport());
                        Monitor.PulseAll(_gate);
                        throw _failure;
                    }

                    Monitor.Wait(_gate);
                }
            }
            finally
            {
                _waiting[rank] = null;
            }
        }
    }

    /// <summary>Removes and returns a matching message if there is one, without blocking.</summary>
    public Envelope? TryTake(int rank, int source, int tag)
    {
        lock (_gate)
        {
            ThrowIfFailed();
            Envelope? match = Match(rank, source, tag);
            if (match is not null)
            {
                _inboxes[rank].Remove(match);
            }

            return match;
        }
    }

    public void Finish(int rank)
    {
        lock (_gate)
        {
            _finished[rank] = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Aborts the world because <paramref name="rank"/> failed; the first failure wins.</summary>
    public void Fail(int rank, Exception error)
    {
        lock (_gate)
        {
            _failure ??= new MpiException($"rank {rank} failed: {error.Message}", error);
            Monitor.PulseAll(_gate);
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new MpiException($"aborted: {_failure.Message}", _failure);
        }
    }

    private Envelope? Match(int rank, int source, int tag) =>
        _inboxes[rank].Find(e => (source == ICommunicator.AnySource || e.Source == source)
            && (tag == ICommunicator.AnyTag ? e.Tag >= 0 : e.Tag == tag));

    /// <summary>Every unfinished rank waits, and none of them has a message to take.</summary>
    private bool IsDeadlocked()
    {
        for (int r = 0; r < Size; r++)
        {
            if (_finished[r])
            {
                continue;
            }

            if (_waiting[r] is not (int source, int tag) || Match(r, source, tag) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private string DeadlockReport()
    {
        var report = new StringBuilder("deadlock, every rank is blocked:");
        for (int r = 0; r < Size; r++)
        {
            report.Append(r == 0 ? " " : "; ").Append("rank ").Append(r);
            if (_finished[r])
            {
                report.Append(" has finished");
            }
            else if (_waiting[r] is (int source, int tag))
            {
                string from = source == ICommunicator.AnySource ? "any rank" : $"rank {source}";
                string with = tag == ICommunicator.AnyTag ? "any tag" : tag < 0 ? "a collective" : $"tag {tag}";
                report.Append(" waits for ").Append(from).Append(" (").Append(with).Append(')');
            }
        }

        return report.ToString();
    }
}
