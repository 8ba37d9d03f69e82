using System.Collections.Concurrent;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// The analogue of Python's <c>multiprocessing.Pool</c>: N worker processes of our own, fed over
/// pipes with a compact binary protocol. Items are named work (a kernel from the registry plus
/// argument bytes), sent in chunks to whichever worker is free. A worker that crashes, hangs past
/// the item time-out, sends garbage or reports a failure ends the run with an error naming the
/// item, and the pool shuts every worker down.
/// </summary>
public sealed class ProcessPool : IDisposable
{
    private readonly List<WorkerProcess> _workers;
    private readonly ProcessPoolOptions _options;
    private bool _broken;

    private ProcessPool(List<WorkerProcess> workers, ProcessPoolOptions options)
    {
        _workers = workers;
        _options = options;
    }

    public int Workers => _workers.Count;

    /// <summary>Each worker's start-up, from process start to its first frame: the cost a pool pays before any work.</summary>
    public IReadOnlyList<TimeSpan> StartupTimes => _workers.Select(w => w.Startup).ToArray();

    /// <summary>The operating-system ids of the workers (to show that none outlives the pool).</summary>
    public IReadOnlyList<int> ProcessIds => _workers.Select(w => w.ProcessId).ToArray();

    /// <summary>The worker program a pool started with <paramref name="options"/> runs (the ahead-of-time compiled one when it has been built).</summary>
    public static string WorkerProgram(ProcessPoolOptions? options = null) => WorkerLauncher.ProgramPath(options?.WorkerPath);

    /// <summary>
    /// The floor under <see cref="Start"/> on this machine: <paramref name="workers"/> worker
    /// programs started at once with no pool around them, and waited for until they have exited.
    /// About the least a pool of as many workers can take to start and stop.
    /// </summary>
    public static void RunBareWorkers(int workers, ProcessPoolOptions? options = null)
    {
        options ??= new ProcessPoolOptions();
        BareWorkers.Run(workers, options.WorkerPath, options.StartTimeout);
    }

    /// <summary>Starts <paramref name="workers"/> processes at once and waits until each is ready.</summary>
    public static ProcessPool Start(int workers, ProcessPoolOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        options ??= new ProcessPoolOptions();
        var started = new ConcurrentBag<WorkerProcess>();
        try
        {
            StartTogether.Run(workers, number => started.Add(WorkerProcess.Start(number, options.WorkerPath, options.StartTimeout)), "cannot start the worker pool");
        }
        catch (ParadigmException)
        {
            foreach (WorkerProcess worker in started)
            {
                worker.Kill();
                worker.Dispose();
            }

            throw;
        }

        return new ProcessPool([.. started.OrderBy(w => w.Number)], options);
    }

    /// <summary>
    /// Runs <paramref name="kernel"/> on every item and returns the results in item order.
    /// <paramref name="chunkSize"/> items travel per message; <paramref name="mode"/> says whether
    /// <paramref name="shared"/> goes once to each worker or along with every item.
    /// </summary>
    public byte[][] Run(string kernel, byte[] shared, IReadOnlyList<byte[]> items, SharedArguments mode = SharedArguments.Once, int chunkSize = 1)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        ObjectDisposedException.ThrowIf(_broken, this);
        if (WorkerKernels.Find(kernel) is null)
        {
            throw new ArgumentException($"unknown kernel '{kernel}' (known: {string.Join(", ", WorkerKernels.Names)})", nameof(kernel));
        }

        bool perItem = mode == SharedArguments.PerItem;
        byte[] setup = Payload.Build(writer =>
        {
            writer.Write(kernel);
            writer.Write(perItem);
            writer.WriteBytes(perItem ? [] : shared);
        });
        var chunks = new ConcurrentQueue<Range>(Enumerable.Range(0, (items.Count + chunkSize - 1) / chunkSize)
            .Select(c => (c * chunkSize)..Math.Min(items.Count, (c + 1) * chunkSize)));
        var results = new byte[items.Count][];
        string? failure = null;
        // The first failure kills every worker at once, so that the other feeders stop waiting
        // for answers that will never come instead of sitting out their item time-outs.
        void Fail(string problem)
        {
            if (Interlocked.CompareExchange(ref failure, problem, null) is null)
            {
                foreach (WorkerProcess other in _workers)
                {
                    other.Kill();
                }
            }
        }

        var feeders = _workers.Select(worker => new Thread(() =>
        {
            try
            {
                worker.Send(FrameKind.Setup, setup);
                while (Volatile.Read(ref failure) is null && chunks.TryDequeue(out Range chunk))
                {
                    worker.Send(FrameKind.Work, WorkFrame(items, chunk, perItem ? shared : null));
                    for (int item = chunk.Start.Value; item < chunk.End.Value; item++)
                    {
                        string? problem = Receive(worker, item, results);
                        if (problem is not null)
                        {
                            Fail(problem);
                            return;
                        }
                    }
                }
            }
#pragma warning disable CA1031 // Whatever goes wrong in a feeder fails the run with its message, never the process.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Fail(e is ParadigmException ? e.Message : $"worker {worker.Number}: {e.Message}");
            }
        })
        { IsBackground = true, Name = $"parallellab-pool-feeder-{worker.Number}" }).ToArray();

        foreach (Thread feeder in feeders)
        {
            feeder.Start();
        }

        foreach (Thread feeder in feeders)
        {
            feeder.Join();
        }

        if (failure is not null)
        {
            Shutdown(kill: true);
            throw new ParadigmException(failure);
        }

        return results;
    }

    /// <summary><c>pool.map(kernel, items)</c>: one integer argument per item.</summary>
    public byte[][] Map(string kernel, byte[] shared, IReadOnlyList<int> items, SharedArguments mode = SharedArguments.Once, int chunkSize = 1)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Run(kernel, shared, items.Select(item => StarArguments.Encode(item)).ToArray(), mode, chunkSize);
    }

    /// <summary><c>pool.starmap(kernel, items)</c>: several integer arguments per item.</summary>
    public byte[][] StarMap(string kernel, byte[] shared, IReadOnlyList<int[]> items, SharedArguments mode = SharedArguments.Once, int chunkSize = 1)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Run(kernel, shared, items.Select(item => StarArguments.Encode(item)).ToArray(), mode, chunkSize);
    }

    /// <summary><c>pool.terminate()</c>: kills every worker at once, whatever it is doing; any map under way fails.</summary>
    public void Terminate() => Shutdown(kill: true);

    public void Dispose() => Shutdown(kill: false);

    private static byte[] WorkFrame(IReadOnlyList<byte[]> items, Range chunk, byte[]? sharedPerItem) => Payload.Build(writer =>
    {
        writer.Write(chunk.End.Value - chunk.Start.Value);
        for (int item = chunk.Start.Value; item < chunk.End.Value; item++)
        {
            writer.Write(item);
            if (sharedPerItem is null)
            {
                writer.WriteBytes(items[item]);
            }
            else
            {
                writer.WriteBytes(Payload.Build(both =>
                {
                    both.WriteBytes(sharedPerItem);
                    both.WriteBytes(items[item]);
                }));
            }
        }
    });

    /// <summary>Takes the answer to <paramref name="item"/>; returns what went wrong, or null.</summary>
    private string? Receive(WorkerProcess worker, int item, byte[][] results)
    {
        WorkerProcess.Incoming incoming = worker.Next(_options.ItemTimeout);
        string where = $"item {item} in worker {worker.Number} (pid {worker.ProcessId})";
        if (incoming.Frame is not (FrameKind kind, byte[] payload) || kind is not (FrameKind.Result or FrameKind.Failed))
        {
            return $"{where}: the worker {incoming.Describe(worker, _options.ItemTimeout)}";
        }

        try
        {
            using BinaryReader reader = Payload.Reader(payload);
            int answered = reader.ReadInt32();
            if (answered != item)
            {
                return $"{where}: the worker answered item {answered} instead (garbage)";
            }

            if (kind == FrameKind.Failed)
            {
                return $"{where} failed: {reader.ReadString()}";
            }

            results[item] = reader.ReadBytes();
            return null;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            return $"{where}: the worker sent a malformed answer (garbage: {e.Message})";
        }
    }

    private void Shutdown(bool kill)
    {
        if (_broken)
        {
            return;
        }

        _broken = true;
        foreach (WorkerProcess worker in _workers)
        {
            if (kill)
            {
                worker.Kill();
            }
            else
            {
                worker.Stop();
            }
        }

        foreach (WorkerProcess worker in _workers)
        {
            worker.Dispose();
        }
    }
}
