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

    private static int s_active;

    public Interruption()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        Interlocked.Increment(ref s_active);
    }

    /// <summary>Marks the signals as taken over by a command of its own (serve) until disposed.</summary>
    public static IDisposable TakenOver()
    {
        Interlocked.Increment(ref s_active);
        return new Release();
    }

    /// <summary>
    /// For the commands that hold nothing to clean up (a BLAS call, a report, generating the corpus
    /// into a staging folder): Ctrl+C or SIGTERM ends the process at once with the same one line and
    /// exit code as an interrupted long command. Stands aside while an <see cref="Interruption"/> is active.
    /// </summary>
    public static IDisposable EndAtOnceUnlessTakenOver(TextWriter error)
    {
        void End(PosixSignalContext signal)
        {
            if (Volatile.Read(ref s_active) > 0)
            {
                return;
            }

            signal.Cancel = true;
            error.WriteLine("parallellab: interrupted");
            error.Flush();

            // _exit, not Environment.Exit: the main thread may be inside a native call (OpenBLAS, whose
            // threads spin), and a managed shutdown would wait for it; there is nothing to clean up.
            ExitNow(ExitCode);
        }

        return new Registrations(PosixSignalRegistration.Create(PosixSignal.SIGINT, End), PosixSignalRegistration.Create(PosixSignal.SIGTERM, End));
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        Interlocked.Decrement(ref s_active);
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

    private sealed class Registrations(params PosixSignalRegistration[] registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (PosixSignalRegistration registration in registrations)
            {
                registration.Dispose();
            }
        }
    }

    private sealed class Release : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref s_active);
            }
        }
    }

    [DllImport("libc", EntryPoint = "_exit")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void ExitNow(int status);
}
