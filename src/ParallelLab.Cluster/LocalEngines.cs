using System.Diagnostics;
using System.Text.RegularExpressions;
using ParallelLab.Paradigms.Processes;

namespace ParallelLab.Cluster;

/// <summary>
/// Starts engine processes on this machine (ParallelLab.Engine beside the running program, or the
/// path in <c>PARALLELLAB_ENGINE</c>): each reads the key from the connection file, listens on a
/// loopback port and says which on its first line of output. Each watches its parent and exits
/// when the parent is gone, so none outlives a client that is killed.
/// </summary>
internal static partial class LocalEngines
{
    public const string EngineVariable = "PARALLELLAB_ENGINE";

    /// <summary>Longer than a cold JIT start of an engine on a busy machine.</summary>
    private static readonly TimeSpan RegistrationTimeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<EngineProcess>> StartAsync(int count, string connectionFile, TextWriter log, CancellationToken cancellation)
    {
        string program = ProgramPath();
        var started = new List<EngineProcess>();
        try
        {
            for (int id = 0; id < count; id++)
            {
                started.Add(Start(program, id, connectionFile, log));
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(RegistrationTimeout);
            await Task.WhenAll(started.Select(e => e.RegisterAsync(timeout.Token))).ConfigureAwait(false);
            return started;
        }
        catch
        {
            foreach (EngineProcess engine in started)
            {
                engine.Kill();
            }

            throw;
        }
    }

    private static EngineProcess Start(string program, int id, string connectionFile, TextWriter log)
    {
        ProcessStartInfo start = DotnetHost.ChildStartInfo(program, redirectInput: false, "--connection-file", connectionFile, "--id", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Process process = Process.Start(start) ?? throw new ClusterException($"could not start engine {id} ({program})");
        ChildProcesses.Add(process);
        return new EngineProcess(id, process, log);
    }

    /// <summary>The engine program, for local and MPI engines alike; one line when it is not built.</summary>
    public static string ProgramPath()
    {
        string program = DotnetHost.ProgramPath("ParallelLab.Engine", EngineVariable, null);
        return File.Exists(program)
            ? program
            : throw new ClusterException($"engine program '{program}' not found; build src/ParallelLab.Engine or set {EngineVariable}");
    }

    [GeneratedRegex(@"^engine (\d+) listening on ([0-9.]+):(\d+)$")]
    internal static partial Regex RegistrationLine();
}
