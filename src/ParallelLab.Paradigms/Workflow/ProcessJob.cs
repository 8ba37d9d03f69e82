using System.ComponentModel;
using System.Diagnostics;
using ParallelLab.Core.IO;
using ParallelLab.Paradigms.Processes;

namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// Runs a job's command as a child process in the working directory, its standard output and
/// error both copied to the job's log. Cancelled, it kills the process and its children.
/// </summary>
internal static class ProcessJob
{
    public static async Task RunAsync(Job job, TextWriter log, CancellationToken cancellationToken)
    {
        ProcessCommand command = job.Rule.Command?.Invoke(job)
            ?? throw new JobFailedException($"rule {job.Rule.Name} has no command to run as a process");
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = job.WorkingDirectory,
        };
        foreach (string argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        ParentWatchdog.GiveTo(start);
        // Set, not added: a runner that is itself a job inherited the variable from its own runner.
        (string syncedBy, string? runner) = DurableOutputBatch.ForChild(); // the runner syncs the job's outputs with its batch
        start.Environment[syncedBy] = runner;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new JobFailedException($"cannot start '{command.FileName}': {e.Message}");
        }

        ChildProcesses.Add(process);
        try
        {
            var lastError = new LastLine();
            Task copyOutput = CopyAsync(process.StandardOutput, log, null);
            Task copyError = CopyAsync(process.StandardError, log, lastError);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It exited on its own meanwhile.
                }

                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                await Task.WhenAll(copyOutput, copyError).ConfigureAwait(false);
                throw;
            }

            await Task.WhenAll(copyOutput, copyError).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new JobFailedException(lastError.Text is null
                    ? $"exit code {process.ExitCode}"
                    : $"exit code {process.ExitCode}: {lastError.Text}");
            }
        }
        finally
        {
            ChildProcesses.Remove(process);
        }
    }

    private static async Task CopyAsync(StreamReader from, TextWriter log, LastLine? last)
    {
        while (await from.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            log.WriteLine(line);
            if (last is not null && !string.IsNullOrWhiteSpace(line))
            {
                last.Text = line.Trim();
            }
        }
    }

    private sealed class LastLine
    {
        public string? Text { get; set; }
    }
}
