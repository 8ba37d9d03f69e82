using System.Diagnostics;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// The least a pool's start-up can cost on a machine: the worker program started N times at once
/// with nothing of the pool around it (no reader threads, no frames awaited, no stop sent). Each
/// gets its input closed at once, so it writes its ready frame, reads the end of its input and
/// exits; all are waited for. What a pool takes beyond this is the pool's own share; what this
/// takes is the operating system's and the program's (on a VM whose page faults and process
/// creation are slow, most of it).
/// </summary>
internal static class BareWorkers
{
    public static void Run(int count, string? workerPath, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ProcessStartInfo start = WorkerLauncher.StartInfo(workerPath);
        var started = new List<Process>(count);
        try
        {
            for (int number = 0; number < count; number++)
            {
                Process process = Start(start, number);
                ChildProcesses.Add(process);
                started.Add(process);
                process.StandardInput.Close();
            }

            foreach (Process process in started)
            {
                if (!process.WaitForExit(timeout))
                {
                    throw new ParadigmException($"the worker program (pid {process.Id}) did not exit within {timeout.TotalSeconds:0.#} s of its input closing (hung?)");
                }

                // Its ready frame, a few bytes the pipe held; and its standard error, which a
                // worker that started well leaves empty (a pipe holds 64 KiB, far more than a
                // failing start says).
                process.StandardOutput.BaseStream.CopyTo(Stream.Null);
                string? complaint = process.StandardError.ReadToEnd().Split('\n').FirstOrDefault(line => line.Trim().Length > 0)?.Trim();
                if (process.ExitCode != 0)
                {
                    throw new ParadigmException($"the worker program (pid {process.Id}) exited with code {process.ExitCode}{(complaint is null ? "" : $" ({complaint})")}");
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

    private static Process Start(ProcessStartInfo start, int number)
    {
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
                process.Kill();
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
