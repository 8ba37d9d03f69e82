using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ParallelLab.Mpi;
using ParallelLab.Paradigms.Processes;

namespace ParallelLab.Cluster;

/// <summary>
/// Starts the engines as the ranks of one <c>mpiexec.mpich</c> job (ipyparallel's
/// <c>engines='mpi'</c>): each rank registers on the job's output with its rank as its id. The ranks
/// watch this process and abort the job if it dies; a rank that dies takes the job with it, as MPI
/// does, so with MPI engines one death fails every engine's pending tasks.
/// </summary>
internal static class MpiEngines
{
    private static readonly TimeSpan RegistrationTimeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<EngineProcess>> StartAsync(int count, string connectionFile, TextWriter log, CancellationToken cancellation)
    {
        string program = LocalEngines.ProgramPath();
        (string fileName, IReadOnlyList<string> arguments) = DotnetHost.CommandFor(program, "--connection-file", connectionFile, "--mpi");
        ProcessStartInfo start = MpiexecLauncher.CapturedStartInfo(MpiexecLauncher.DefaultProgram, count, fileName, arguments);
        Process job = Process.Start(start) ?? throw new ClusterException($"could not start {MpiexecLauncher.DefaultProgram}");
        ChildProcesses.Add(job);
        var errors = new StringWriter();
        _ = EngineProcess.ForwardAsync(job.StandardError, TextWriter.Synchronized(new TeeWriter(log, errors)));
        try
        {
            var ports = new SortedDictionary<int, int>();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(RegistrationTimeout);
            while (ports.Count < count)
            {
                string? line = await job.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false);
                if (line is null)
                {
                    await job.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
                    throw new ClusterException($"the MPI engines did not start ({MpiexecLauncher.DefaultProgram} exit code {job.ExitCode}): {errors.ToString().Trim().Split('\n')[^1]}");
                }

                Match registration = LocalEngines.RegistrationLine().Match(line);
                if (registration.Success)
                {
                    ports[int.Parse(registration.Groups[1].Value, CultureInfo.InvariantCulture)] = int.Parse(registration.Groups[3].Value, CultureInfo.InvariantCulture);
                }
                else
                {
                    await log.WriteLineAsync(line).ConfigureAwait(false);
                }
            }

            _ = EngineProcess.ForwardAsync(job.StandardOutput, log);
            return [.. ports.Select(p => EngineProcess.Registered(p.Key, p.Value, job, log))];
        }
        catch (OperationCanceledException)
        {
            Kill(job);
            throw new ClusterException($"the MPI engines did not register within {RegistrationTimeout.TotalSeconds:0} s");
        }
        catch
        {
            Kill(job);
            throw;
        }
    }

    private static void Kill(Process job)
    {
        try
        {
            job.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        ChildProcesses.Remove(job);
    }

    /// <summary>Writes to two writers: the log, and the text kept to name why the job failed.</summary>
    private sealed class TeeWriter(TextWriter first, TextWriter second) : TextWriter
    {
        public override System.Text.Encoding Encoding => first.Encoding;

        public override void Write(char value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void WriteLine(string? value)
        {
            first.WriteLine(value);
            second.WriteLine(value);
        }
    }
}
