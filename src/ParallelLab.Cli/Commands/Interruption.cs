using System.Runtime.InteropServices;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation, so that a long command can stop its
/// children and clean up before it exits, instead of being terminated mid-write. A second signal
/// is not held back: the process ends at once, as a user pressing Ctrl+C twice expects.
/// </summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>The shell's convention for a command stopped by SIGINT: 128 + 2.</summary>
    public const int ExitCode = 130;

    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _signals;

    public Interruption()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _source.Dispose();
    }

    private void Stop(PosixSignalContext signal)
    {
        if (Interlocked.Increment(ref _signals) == 1)
        {
            signal.Cancel = true;
            _source.Cancel();
        }
    }
}
