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
        void End(PosixSignalContext signal) => EndUnlessTakenOver(signal, error, status => ExitNow(status));
        return new Registrations(PosixSignalRegistration.Create(PosixSignal.SIGINT, End), PosixSignalRegistration.Create(PosixSignal.SIGTERM, End));
    }

    /// <summary>
    /// The handler of <see cref="EndAtOnceUnlessTakenOver"/>. The runtime hands one context to every
    /// handler of a signal, one after the other in no set order, on a thread of its own. So a
    /// command's handler may already have taken this very signal (<see cref="PosixSignalContext.Cancel"/>
    /// set), and the command may have finished and released its take-over before this handler runs:
    /// that signal is not this handler's, and ending the process here would turn a clean stop into
    /// exit 130 (seen once in CI: <c>serve</c> answered SIGTERM, then exited 130).
    /// </summary>
    internal static void EndUnlessTakenOver(PosixSignalContext signal, TextWriter error, Action<int> exit)
    {
        if (signal.Cancel || Volatile.Read(ref s_active) > 0)
        {
            return;
        }

        signal.Cancel = true;
        error.WriteLine("parallellab: interrupted");
        error.Flush();

        // _exit, not Environment.Exit: the main thread may be inside a native call (OpenBLAS, whose
        // threads spin), and a managed shutdown would wait for it; there is nothing to clean up.
        exit(ExitCode);
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
