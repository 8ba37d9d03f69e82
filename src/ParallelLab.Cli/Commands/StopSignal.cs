using System.Runtime.InteropServices;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// Takes Ctrl+C (SIGINT) and SIGTERM over, so that a long-running command can shut down cleanly and
/// exit 0 instead of being terminated mid-response. Listen before announcing that the command is
/// ready: a signal sent as soon as the announcement is read must find the handler in place.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IDisposable _takenOver;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private readonly CancellationTokenRegistration _cancelled;

    private StopSignal(CancellationToken cancellationToken)
    {
        _takenOver = Interruption.TakenOver();
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        _cancelled = cancellationToken.Register(() => _stopped.TrySetResult());
    }

    public static StopSignal Listen(CancellationToken cancellationToken) => new(cancellationToken);

    /// <summary>Completes at the first signal (or cancellation) since <see cref="Listen"/>.</summary>
    public Task WaitAsync() => _stopped.Task;

    public void Dispose()
    {
        _cancelled.Dispose();
        _terminate.Dispose();
        _interrupt.Dispose();
        _takenOver.Dispose();
    }

    private void Stop(PosixSignalContext signal)
    {
        signal.Cancel = true;
        _stopped.TrySetResult();
    }
}
