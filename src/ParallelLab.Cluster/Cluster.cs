using System.Text.Json.Nodes;

namespace ParallelLab.Cluster;

/// <summary>
/// A client of a cluster of engines (ipyparallel's <c>Cluster</c> and <c>Client</c> in one):
/// start engines and connect to them, or connect to engines started elsewhere through their
/// connection file; then take views of them. Disposing a cluster this client started stops its
/// engines; one it only connected to keeps running.
/// </summary>
public sealed class Cluster : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(3);

    private readonly EngineConnection[] _engines;
    private readonly IReadOnlyList<EngineProcess> _started;
    private readonly string? _ownDirectory;

    private Cluster(EngineConnection[] engines, IReadOnlyList<EngineProcess> started, string connectionFile, string? ownDirectory)
    {
        _engines = engines;
        _started = started;
        ConnectionFilePath = connectionFile;
        _ownDirectory = ownDirectory;
    }

    /// <summary>The engines' ids, in order.</summary>
    public IReadOnlyList<int> Ids => _engines.Select(e => e.Id).ToArray();

    /// <summary>Where the key and the engines' ports are (readable by its owner only).</summary>
    public string ConnectionFilePath { get; }

    /// <summary>
    /// Starts <paramref name="engines"/> engines and connects to them (ipyparallel's
    /// <c>Cluster(n=...).start_and_connect_sync()</c>). Their output and error lines go to
    /// <paramref name="log"/>. The connection file goes to <paramref name="connectionFile"/> (for
    /// other clients to connect; refused while another live cluster owns it), else to a private
    /// temporary folder; either is deleted when the cluster stops.
    /// </summary>
    public static async Task<Cluster> StartAsync(int engines, EngineLauncher launcher = EngineLauncher.Local, TextWriter? log = null, string? connectionFile = null, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(engines, 1);
        if (!Enum.IsDefined(launcher))
        {
            throw new ArgumentOutOfRangeException(nameof(launcher), launcher, "unknown launcher");
        }

        (string path, string? ownDirectory) = connectionFile is null ? TemporaryConnectionFile() : ClaimConnectionFile(connectionFile);
        try
        {
            ConnectionFile file = ConnectionFile.New() with { SupervisorPid = Environment.ProcessId };
            file.Write(path);
            IReadOnlyList<EngineProcess> started = launcher == EngineLauncher.Mpi
                ? await MpiEngines.StartAsync(engines, path, log ?? TextWriter.Null, cancellation).ConfigureAwait(false)
                : await LocalEngines.StartAsync(engines, path, log ?? TextWriter.Null, cancellation).ConfigureAwait(false);
            try
            {
                file = file with { Engines = started.ToDictionary(e => e.Id, e => e.Port) };
                file.Write(path);
                EngineConnection[] connections = await ConnectAllAsync(file, id => started[id].WhyEnded(), cancellation).ConfigureAwait(false);
                return new Cluster(connections, started, path, ownDirectory);
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
        catch
        {
            RemoveConnectionFile(path, ownDirectory);
            throw;
        }
    }

    /// <summary>Connects to engines started elsewhere (<c>parallellab cluster start</c>), through their connection file (ipyparallel's <c>Client(url_file=...)</c>).</summary>
    public static async Task<Cluster> ConnectAsync(string connectionFile, CancellationToken cancellation = default)
    {
        ConnectionFile file = ConnectionFile.Read(connectionFile);
        if (file.Engines.Count == 0)
        {
            throw new ClusterException($"'{connectionFile}' lists no engines (is the cluster still starting?)");
        }

        EngineConnection[] connections = await ConnectAllAsync(file, _ => "the engine is not this client's child", cancellation).ConfigureAwait(false);
        return new Cluster(connections, [], connectionFile, null);
    }

    /// <summary>One engine (ipyparallel's <c>rc[i]</c>).</summary>
    public DirectView this[int id] => View(id);

    /// <summary>The chosen engines, in the order given (ipyparallel's <c>rc[[i, j]]</c>); all of them when none is given (<c>rc[:]</c>).</summary>
    public DirectView View(params int[] ids) => new(Select(ids));

    /// <summary>Every engine, the same call on each at once.</summary>
    public BroadcastView BroadcastView() => new(_engines);

    /// <summary>A task farm over the chosen engines, or all.</summary>
    public LoadBalancedView LoadBalancedView(params int[] ids) => new(Select(ids));

    /// <summary>Stops the engines this client started (asking each to shut down, then killing any that do not); disconnects from the others.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_started.Count > 0)
        {
            await Task.WhenAll(_engines.Select(async engine =>
            {
                try
                {
                    await engine.RequestAsync("shutdown_request", new JsonObject()).WaitAsync(StopGrace).ConfigureAwait(false);
                }
                catch (Exception e) when (e is ClusterException or TimeoutException)
                {
                    // Killed below.
                }
            })).ConfigureAwait(false);
        }

        foreach (EngineConnection engine in _engines)
        {
            await engine.DisposeAsync().ConfigureAwait(false);
        }

        await Task.WhenAll(_started.Select(e => e.StopAsync(StopGrace))).ConfigureAwait(false);
        if (_started.Count > 0)
        {
            RemoveConnectionFile(ConnectionFilePath, _ownDirectory);
        }
    }

    /// <summary>A connection file in a new folder that only this user can enter.</summary>
    private static (string Path, string? OwnDirectory) TemporaryConnectionFile()
    {
        string directory = Directory.CreateTempSubdirectory("parallellab-cluster-").FullName; // mode 0700
        return (Path.Combine(directory, "connection.json"), directory);
    }

    /// <summary>A named connection file, its folder made if needed (owner only); refused while a live cluster owns it, taken over when stale.</summary>
    private static (string Path, string? OwnDirectory) ClaimConnectionFile(string path)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        if (File.Exists(full) && ConnectionFile.Read(full).SupervisorPid is int pid && pid != Environment.ProcessId && Core.IO.ProcessLiveness.IsRunning(pid))
        {
            throw new ClusterException($"a cluster already runs with connection file '{full}' (process {pid}); stop it first");
        }

        return (full, null);
    }

    private static void RemoveConnectionFile(string path, string? ownDirectory)
    {
        if (ownDirectory is not null)
        {
            Directory.Delete(ownDirectory, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }

    private EngineConnection[] Select(int[] ids)
    {
        if (ids.Length == 0)
        {
            return _engines;
        }

        return ids.Select(id => _engines.FirstOrDefault(e => e.Id == id)
            ?? throw new ArgumentOutOfRangeException(nameof(ids), id, $"no engine {id}; the cluster has {string.Join(", ", Ids)}")).ToArray();
    }

    private static async Task<EngineConnection[]> ConnectAllAsync(ConnectionFile file, Func<int, string> whyDead, CancellationToken cancellation)
    {
        var signer = new MessageSigner(file.Key);
        string session = Guid.NewGuid().ToString("N");
        var connections = new List<EngineConnection>();
        try
        {
            foreach ((int id, int port) in file.Engines.OrderBy(e => e.Key))
            {
                connections.Add(await EngineConnection.ConnectAsync(id, file.Location, port, signer, session, () => whyDead(id), cancellation).ConfigureAwait(false));
            }

            return [.. connections];
        }
        catch
        {
            foreach (EngineConnection connection in connections)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }
}
