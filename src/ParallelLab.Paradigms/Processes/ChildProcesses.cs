using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// Every worker process this process started, so that none outlives it: they are killed when the
/// process exits or is interrupted (Ctrl+C, SIGTERM). A parent killed outright cannot run this;
/// then its workers see their input pipe close and exit by themselves.
/// </summary>
internal static class ChildProcesses
{
    private static readonly ConcurrentDictionary<int, Process> Live = new();
    private static readonly PosixSignalRegistration[] Signals;

    static ChildProcesses()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Signals =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => KillAll()),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => KillAll()),
        ];
    }

    public static int Count => Live.Count;

    public static void Add(Process process) => Live[process.Id] = process;

    public static void Remove(Process process) => Live.TryRemove(process.Id, out _);

    private static void KillAll()
    {
        foreach (Process process in Live.Values)
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // It has already exited.
            }
        }
    }
}
