using System.Diagnostics;
using System.Globalization;
using ParallelLab.Paradigms.Processes;

namespace ParallelLab.Cluster;

/// <summary>A started engine process: its registration (the port it listens on), its log lines, its end.</summary>
internal sealed class EngineProcess(int id, Process process, TextWriter log)
{
    public int Id => id;

    public int Port { get; private set; }

    public Process Process => process;

    /// <summary>An engine whose port is already known: a rank of an MPI job, which registered on the job's output.</summary>
    public static EngineProcess Registered(int id, int port, Process job, TextWriter log) => new(id, job, log) { Port = port };

    /// <summary>Reads the engine's first line, "engine N listening on 127.0.0.1:PORT"; its error output goes to the log.</summary>
    public async Task RegisterAsync(CancellationToken cancellation)
    {
        _ = ForwardAsync(process.StandardError);
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new ClusterException($"engine {id} did not register in time");
        }

        System.Text.RegularExpressions.Match match = LocalEngines.RegistrationLine().Match(line ?? "");
        if (!match.Success || int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) != id)
        {
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
            throw new ClusterException($"engine {id} did not start ({WhyEnded()}){(line is null ? "" : $": {line}")}");
        }

        Port = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        _ = ForwardAsync(process.StandardOutput);
    }

    /// <summary>What ended the process, for a death report: its exit code, or that it is still running.</summary>
    public string WhyEnded()
    {
        try
        {
            return process.HasExited ? $"exit code {process.ExitCode}" : "the process is still running";
        }
        catch (InvalidOperationException)
        {
            return "the process is gone";
        }
    }

    /// <summary>Waits up to <paramref name="grace"/> for the engine to exit, then kills it.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        try
        {
            await process.WaitForExitAsync().WaitAsync(grace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Kill();
        }

        ChildProcesses.Remove(process);
    }

    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        ChildProcesses.Remove(process);
    }

    private Task ForwardAsync(StreamReader reader) => ForwardAsync(reader, log);

    /// <summary>Copies a process's lines to the log, a line at a time, until the process closes the stream.</summary>
    public static async Task ForwardAsync(StreamReader reader, TextWriter log)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
