using System.Collections.Concurrent;
using System.Diagnostics;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// About the least a pool's start-up can cost on a machine: the worker program started N times at
/// once, as <see cref="ProcessPool.Start"/> starts it (<see cref="StartTogether"/>), but with nothing of
/// the pool around it (no reader threads, no frames awaited, no stop sent). Each gets its input
/// closed at once, so it writes its ready frame, reads the end of its input and exits; all are
/// waited for. What a pool takes beyond this is the pool's own share; what this takes is the
/// operating system's and the program's (on a VM whose page faults and process creation are slow,
/// most of it).
/// </summary>
internal static class BareWorkers
{
    public static void Run(int count, string? workerPath, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var started = new ConcurrentBag<Process>();
        try
        {
            var clock = Stopwatch.StartNew();
            StartTogether.Run(
                count,
                number =>
                {
                    Process process = Start(WorkerLauncher.StartInfo(workerPath), number);
                    ChildProcesses.Add(process);
                    started.Add(process);
                    process.StandardInput.Close();
                },
                "cannot start the worker programs");

            foreach (Process process in started)
            {
                if (!process.WaitForExit(Remaining(timeout, clock)))
                {
                    throw new ParadigmException($"the worker program (pid {process.Id}) did not exit within {timeout.TotalSeconds:0.#} s of its start, though its input was closed (hung?)");
                }

                // Its ready frame: a few bytes that the pipe held.
                process.StandardOutput.BaseStream.CopyTo(Stream.Null);
                if (process.ExitCode != 0)
                {
                    throw new ParadigmException($"the worker program (pid {process.Id}) exited with code {process.ExitCode}; what it said went to this program's standard error");
                }
            }
        }
        finally
        {
            foreach (Process process in started)
            {
                Stop(process);
            }
        }
    }

    private static TimeSpan Remaining(TimeSpan timeout, Stopwatch clock) => timeout > clock.Elapsed ? timeout - clock.Elapsed : TimeSpan.Zero;

    private static Process Start(ProcessStartInfo start, int number)
    {
        // Its standard error is the parent's own: not read here (reading it would add the parent
        // work that this floor leaves out), and a pipe nobody reads could fill and hang it.
        start.RedirectStandardError = false;
        try
        {
            return Process.Start(start) ?? throw new ParadigmException($"worker program {number} could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ParadigmException($"the worker program '{start.FileName}' could not be started: {e.Message}", e);
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited in between.
        }

        ChildProcesses.Remove(process);
        process.Dispose();
    }
}
