using ParallelLab.Core.IO;
using ParallelLab.Paradigms;

namespace ParallelLab.Cli.Commands;

/// <summary>Where commands print, and the one place that turns a user's mistake into a one-line error.</summary>
public sealed class CommandContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public int Guard(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return GuardAsync(() =>
        {
            action();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    public async Task<int> GuardAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action().ConfigureAwait(false);
            return CliApp.Success;
        }
        catch (Exception e) when (e is InputException or ParadigmException)
        {
            await Error.WriteLineAsync($"parallellab: error: {e.Message}").ConfigureAwait(false);
            return CliApp.InputError;
        }
        catch (OperationCanceledException)
        {
            await Error.WriteLineAsync("parallellab: interrupted").ConfigureAwait(false);
            return Interruption.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file-system failure we did not foresee is still the user's environment, not a bug.
            await Error.WriteLineAsync($"parallellab: error: {e.Message}").ConfigureAwait(false);
            return CliApp.InputError;
        }
    }
}
