using ParallelLab.Core.IO;

namespace ParallelLab.Cli.Commands;

/// <summary>Where commands print, and the one place that turns a user's mistake into a one-line error.</summary>
public sealed class CommandContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public int Guard(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            action();
            return CliApp.Success;
        }
        catch (InputException e)
        {
            Error.WriteLine($"parallellab: error: {e.Message}");
            return CliApp.InputError;
        }
    }
}
