using System.Runtime.InteropServices;
using ParallelLab.Cli.Commands;

namespace ParallelLab.Cli.Tests.Commands;

/// <summary>
/// The handler that ends a command at Ctrl+C or SIGTERM unless the command took the signals over.
/// The runtime gives every handler of a signal the same context, in no set order; these tests hand
/// it the contexts it can meet. Alone: the take-over count is the process's, and a command run by a
/// test beside this one would hold it.
/// </summary>
[Collection(nameof(InterruptionTests))]
[CollectionDefinition(nameof(InterruptionTests), DisableParallelization = true)]
public sealed class InterruptionTests : IDisposable
{
    private readonly StringWriter _error = new();
    private readonly List<int> _exits = [];

    public void Dispose() => _error.Dispose();

    [Fact]
    public void A_signal_no_command_took_ends_the_process_with_one_line_and_exit_130()
    {
        var signal = new PosixSignalContext(PosixSignal.SIGTERM);

        Interruption.EndUnlessTakenOver(signal, _error, _exits.Add);

        Assert.Equal([Interruption.ExitCode], _exits);
        Assert.Equal("parallellab: interrupted" + Environment.NewLine, _error.ToString());
        Assert.True(signal.Cancel);
    }

    [Fact]
    public void A_signal_a_command_took_and_answered_does_not_end_the_process_after_the_command_let_go()
    {
        // serve's own handler ran first: it took the signal, the command stopped and released the
        // signals, and only then did this handler get the same context.
        var signal = new PosixSignalContext(PosixSignal.SIGTERM) { Cancel = true };
        using (Interruption.TakenOver())
        {
        }

        Interruption.EndUnlessTakenOver(signal, _error, _exits.Add);

        Assert.Empty(_exits);
        Assert.Equal(string.Empty, _error.ToString());
    }

    [Fact]
    public void A_signal_while_a_command_holds_the_signals_is_left_to_the_command()
    {
        var signal = new PosixSignalContext(PosixSignal.SIGINT);
        using (Interruption.TakenOver())
        {
            Interruption.EndUnlessTakenOver(signal, _error, _exits.Add);
        }

        Assert.Empty(_exits);
        Assert.False(signal.Cancel);
    }
}
