using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using ParallelLab.TestSupport;

namespace ParallelLab.Cluster.Tests;

/// <summary>
/// What must hold when things go wrong: a message without the cluster's key is dropped and
/// logged, never run; an engine killed mid-task fails that task by name and the others keep
/// serving; and no engine outlives its cluster or its client.
/// </summary>
public sealed class FaultTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("a key that is not the cluster's")]
    [InlineData("")]
    public async Task A_message_without_the_clusters_signature_is_dropped_and_logged_never_run(string wrongKey)
    {
        var log = new StringWriter();
        await using Cluster cluster = await Cluster.StartAsync(engines: 1, log: TextWriter.Synchronized(log));
        ConnectionFile file = ConnectionFile.Read(cluster.ConnectionFilePath);
        string touched = Path.Combine(Path.GetTempPath(), $"plab-forged-{Guid.NewGuid():N}");
        JsonObject touch = DirectView.ApplyContent(Remote.Touch, [touched]);

        using var client = new TcpClient();
        await client.ConnectAsync(file.Location, file.Engines[0]);
        NetworkStream stream = client.GetStream();
        EngineMessage forged = EngineMessage.Request("apply_request", "attacker", touch);
        byte[][] parts = forged.Parts();
        byte[] signature = wrongKey.Length == 0 ? [] : Encoding.ASCII.GetBytes(new MessageSigner(wrongKey).Sign(parts));
        await MessageWire.WriteRawAsync(stream, [signature, .. parts]);

        // A signed request on the same line comes back only after the forged one was handled.
        var signer = new MessageSigner(file.Key);
        await MessageWire.WriteAsync(stream, EngineMessage.Request("pull_request", "attacker", new JsonObject { ["name"] = "nothing" }), signer);
        MessageWire.Received? reply = await MessageWire.ReadAsync(stream, signer).WaitAsync(Patience);

        Assert.Equal("pull_reply", reply?.Message?.Type);
        Assert.False(File.Exists(touched), "the forged request ran");
        Assert.Contains("engine 0: dropped a message", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("signature does not match", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_killed_mid_task_fails_that_task_by_name_and_the_others_keep_serving()
    {
        await using Cluster cluster = await Cluster.StartAsync(engines: 2);
        int[] pids = cluster.View().ApplySync<int>(Remote.ProcessId);

        AsyncResult<int> sleeping = cluster[1].ApplyAsync<int>(Remote.SleepThenAnswer, 60_000);
        using (var engine = Process.GetProcessById(pids[1]))
        {
            engine.Kill();
        }

        var died = Assert.Throws<EngineDiedException>(() => sleeping.Get(Patience));
        Assert.Equal(1, died.EngineId);
        Assert.StartsWith("engine 1 died:", died.Message, StringComparison.Ordinal);
        Assert.Contains("exit code", died.Message, StringComparison.Ordinal);

        Assert.Equal([pids[0]], cluster[0].ApplySync<int>(Remote.ProcessId));
        Assert.Throws<EngineDiedException>(() => cluster[1].ApplySync<int>(Remote.ProcessId));
    }

    [Fact]
    public async Task A_map_goes_on_on_the_engines_left_and_fails_the_dead_engines_chunk_by_name()
    {
        await using Cluster cluster = await Cluster.StartAsync(engines: 2);
        int[] pids = cluster.View().ApplySync<int>(Remote.ProcessId);

        // The farm hands out the first items in engine order: engine 1 gets the long one.
        AsyncMapResult<int> map = cluster.LoadBalancedView().MapAsync<int, int>(Remote.SleepThenAnswer, [100, 60_000, 100, 100, 100]);
        while (map.Progress < 1)
        {
            await Task.Delay(20);
        }

        using (var engine = Process.GetProcessById(pids[1]))
        {
            engine.Kill();
        }

        var died = Assert.Throws<EngineDiedException>(() => map.Get(Patience));
        Assert.Equal(1, died.EngineId);
        Assert.Equal(4, map.Progress);
    }

    [Fact]
    public async Task Stopping_a_cluster_leaves_no_engine_process()
    {
        Cluster cluster = await Cluster.StartAsync(engines: 2);
        int[] pids = cluster.View().ApplySync<int>(Remote.ProcessId);
        string folder = Path.GetDirectoryName(cluster.ConnectionFilePath)!;

        await cluster.DisposeAsync();

        Assert.All(pids, pid => Assert.False(ProcessIds.IsRunning(pid), $"engine process {pid} outlived its cluster"));
        Assert.False(Directory.Exists(folder), "the cluster's connection file was left behind");
    }

    [Fact]
    public async Task An_engine_whose_client_is_killed_exits()
    {
        // The client here is a shell that starts an engine and is then killed: the engine must notice.
        string folder = Directory.CreateTempSubdirectory("plab-orphan-").FullName;
        try
        {
            string connection = Path.Combine(folder, "connection.json");
            ConnectionFile.New().Write(connection);
            string engine = Path.Combine(AppContext.BaseDirectory, "ParallelLab.Engine.dll");
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"PARALLELLAB_PARENT_PID=$$ dotnet '{engine}' --connection-file '{connection}' --id 0 & echo $!; wait");
            using Process client = Process.Start(start)!;
            int enginePid = int.Parse((await client.StandardOutput.ReadLineAsync())!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("engine 0 listening on 127.0.0.1:", (await client.StandardOutput.ReadLineAsync().WaitAsync(Patience))?[..32]);

            client.Kill();
            var waited = Stopwatch.StartNew();
            while (ProcessIds.IsRunning(enginePid) && waited.Elapsed < Patience)
            {
                await Task.Delay(50);
            }

            Assert.False(ProcessIds.IsRunning(enginePid), "the engine outlived its killed client");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_connection_file_is_readable_by_its_owner_only_and_a_bad_one_is_named_in_one_line()
    {
        string folder = Directory.CreateTempSubdirectory("plab-connection-").FullName;
        try
        {
            string path = Path.Combine(folder, "connection.json");
            ConnectionFile.New().Write(path);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }

            File.WriteAllText(path, "{ not json");
            var bad = Assert.Throws<ClusterException>(() => ConnectionFile.Read(path));
            Assert.StartsWith($"'{path}' is not a connection file", bad.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', bad.Message);

            var missing = Assert.Throws<ClusterException>(() => ConnectionFile.Read(Path.Combine(folder, "missing.json")));
            Assert.StartsWith("cannot read connection file", missing.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
