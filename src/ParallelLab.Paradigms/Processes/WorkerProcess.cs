using System.Collections.Concurrent;
using System.Diagnostics;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// The parent's handle on one worker process: its pipes, a reader thread that turns its output
/// into frames (or into the reason there are none: exit, garbage), and how long it took to start.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<Incoming> _incoming = new();
    private readonly Stream _input;
    private readonly ConcurrentQueue<string> _errorLines = new();
    private readonly Thread _reader;

    private WorkerProcess(int number, Process process)
    {
        Number = number;
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = new Thread(ReadFrames) { IsBackground = true, Name = $"parallellab-pool-reader-{number}" };
        _reader.Start();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null && _errorLines.Count < 20)
            {
                _errorLines.Enqueue(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    public int Number { get; }

    public int ProcessId => _process.Id;

    public TimeSpan Startup { get; private set; }

    public static WorkerProcess Start(int number, string? workerPath, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        Process process = Process.Start(WorkerLauncher.StartInfo(workerPath))
            ?? throw new ParadigmException($"worker {number} could not be started");
        ChildProcesses.Add(process);
        var worker = new WorkerProcess(number, process);
        Incoming ready = worker.Next(timeout);
        if (ready.Frame is not (FrameKind.Ready, _))
        {
            // Described before it is disposed: the description reads the exit code and standard error.
            string why = ready.Describe(worker, timeout);
            worker.Dispose();
            throw new ParadigmException($"worker {number} did not start: {why}");
        }

        worker.Startup = clock.Elapsed;
        return worker;
    }

    public void Send(FrameKind kind, byte[] payload)
    {
        try
        {
            Frames.Write(_input, kind, payload);
        }
        catch (IOException e)
        {
            throw new ParadigmException($"worker {Number} (pid {ProcessId}) stopped listening: {e.Message}", e);
        }
    }

    /// <summary>The next frame, or why there is none: the worker exited, sent garbage, or said nothing in time.</summary>
    public Incoming Next(TimeSpan timeout) =>
        _incoming.TryTake(out Incoming? next, timeout) ? next : new Incoming(null, null, TimedOut: true);

    public string Exited()
    {
        if (!_process.WaitForExit(2_000))
        {
            return "closed its output";
        }

        // The untimed wait also drains the asynchronously read standard error.
        _process.WaitForExit();
        return $"exited with code {_process.ExitCode}{StandardErrorTail()}";
    }

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Stop()
    {
        try
        {
            Frames.Write(_input, FrameKind.Stop, []);
            _input.Close();
        }
        catch (IOException)
        {
            // It is gone already; Dispose kills what is left.
        }
    }

    public void Dispose()
    {
        if (!_process.WaitForExit(1_000))
        {
            Kill();
            _process.WaitForExit(5_000);
        }

        // The reader ends once the process's output is closed; only then may the queue go.
        _reader.Join(TimeSpan.FromSeconds(5));
        ChildProcesses.Remove(_process);
        _process.Dispose();
    }

    private string StandardErrorTail() => _errorLines.IsEmpty ? string.Empty : $" ({string.Join(" | ", _errorLines.Take(3))})";

    private void ReadFrames()
    {
        Stream output = _process.StandardOutput.BaseStream;
        try
        {
            while (Frames.Read(output) is { } frame)
            {
                _incoming.Add(new Incoming(frame, null, false));
            }

            _incoming.Add(new Incoming(null, null, false));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            _incoming.Add(new Incoming(null, e.Message, false));
        }
        catch (ObjectDisposedException)
        {
            // The pool is shutting this worker down.
        }
    }

    /// <summary>What came from the worker: a frame, garbage (with what was wrong), its end, or nothing in time.</summary>
    internal sealed record Incoming((FrameKind Kind, byte[] Payload)? Frame, string? Garbage, bool TimedOut)
    {
        public string Describe(WorkerProcess worker, TimeSpan timeout) => this switch
        {
            { TimedOut: true } => $"gave no answer within {timeout.TotalSeconds:0.#} s (hung?)",
            { Garbage: { } garbage } => $"sent garbage instead of a frame ({garbage})",
            { Frame: null } => worker.Exited(),
            _ => $"sent an unexpected {Frame.Value.Kind} frame",
        };
    }
}
