namespace ParallelLab.Paradigms.GlobalLock;

/// <summary>
/// A lock that behaves as CPython's global interpreter lock (the "new GIL" of CPython 3.2,
/// Python/ceval_gil.c): only the holder runs kernel code. A thread that has waited a whole switch
/// interval (default 5 ms, <c>sys.getswitchinterval()</c>) asks the holder to drop the lock; the
/// holder does so at its next <see cref="Checkpoint"/> and, as CPython's FORCE_SWITCHING does,
/// waits until another thread has taken it before queueing again. Blocking I/O releases the lock
/// (<see cref="ReleaseForIo"/>), which is why threads still help I/O-bound Python code.
/// This is the lab's demonstration of the GIL: CPU-bound threads under it take turns on one core.
/// </summary>
public sealed class GlobalInterpreterLock
{
    public static readonly TimeSpan DefaultSwitchInterval = TimeSpan.FromMilliseconds(5);

    private readonly object _gate = new();
    private bool _locked;
    private int _waiting;
    private long _switches;
    private volatile bool _dropRequested;
    private int _holders;
    private int _maxHolders;
    private long _forcedSwitches;

    public GlobalInterpreterLock()
        : this(DefaultSwitchInterval)
    {
    }

    public GlobalInterpreterLock(TimeSpan switchInterval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(switchInterval, TimeSpan.Zero);
        SwitchInterval = switchInterval;
    }

    public TimeSpan SwitchInterval { get; }

    /// <summary>How many times the lock changed hands.</summary>
    public long Switches => Interlocked.Read(ref _switches);

    /// <summary>How many of those were drops requested by a waiter after a switch interval.</summary>
    public long ForcedSwitches => Interlocked.Read(ref _forcedSwitches);

    /// <summary>The most threads ever inside at once: 1 unless the lock is broken (counted, for tests).</summary>
    public int MaxConcurrentHolders => Volatile.Read(ref _maxHolders);

    public void Acquire()
    {
        lock (_gate)
        {
            _waiting++;
            while (_locked)
            {
                long switchesBefore = _switches;
                bool signalled = Monitor.Wait(_gate, SwitchInterval);
                if (!signalled && _locked && _switches == switchesBefore)
                {
                    // Waited a whole interval and nobody switched: ask the holder to let go.
                    _dropRequested = true;
                }
            }

            _waiting--;
            _locked = true;
            _dropRequested = false;
            _switches++;
            _maxHolders = Math.Max(_maxHolders, ++_holders);

            // CPython's take_gil signals switch_cond: a thread that dropped the lock on request is
            // waiting to see the switch happen before it queues again.
            Monitor.PulseAll(_gate);
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            if (!_locked)
            {
                throw new SynchronizationLockException("the global lock is not held");
            }

            _holders--;
            _locked = false;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// Called by the holder between small pieces of kernel work (CPython's eval-breaker check):
    /// hands the lock over if a waiter has asked for it.
    /// </summary>
    public void Checkpoint()
    {
        if (!_dropRequested)
        {
            return;
        }

        lock (_gate)
        {
            _dropRequested = false;
            if (_waiting == 0)
            {
                return;
            }

            _forcedSwitches++;
            long switchesAtDrop = _switches;
            _holders--;
            _locked = false;
            Monitor.PulseAll(_gate);

            // FORCE_SWITCHING: do not race the waiter for the lock we just dropped.
            while (_switches == switchesAtDrop && _waiting > 0)
            {
                Monitor.Wait(_gate);
            }
        }

        Acquire();
    }

    /// <summary>Releases the lock around a blocking call, as CPython's <c>Py_BEGIN_ALLOW_THREADS</c> does.</summary>
    public IoSection ReleaseForIo()
    {
        Release();
        return new IoSection(this);
    }

    /// <summary>Reacquires the lock when the blocking call is over.</summary>
    public readonly struct IoSection(GlobalInterpreterLock owner) : IDisposable
    {
        public void Dispose() => owner.Acquire();
    }
}
