using System.Runtime.InteropServices;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// Waits for Ctrl+C (SIGINT) or SIGTERM and takes the signal over, so that a long-running command
/// can shut down cleanly and exit 0 instead of being terminated mid-response.
/// </summary>
internal static class StopSignal
{
    public static async Task WaitAsync(CancellationToken cancellationToken)
    {
        using IDisposable takenOver = Interruption.TakenOver();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stopped.TrySetResult();
        }

        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using CancellationTokenRegistration cancelled = cancellationToken.Register(() => stopped.TrySetResult());
        await stopped.Task.ConfigureAwait(false);
    }
}
