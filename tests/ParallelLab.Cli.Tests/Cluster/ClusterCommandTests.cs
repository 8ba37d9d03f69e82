using System.Diagnostics;
using ParallelLab.Cluster;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Cluster;

/// <summary>
/// <c>parallellab cluster start|stop|list</c> as a user runs them from a terminal: a client connects
/// through the profile's connection file, and however the cluster ends (Ctrl+C, <c>cluster stop</c>,
/// SIGKILL of <c>cluster start</c>) no engine process is left.
/// </summary>
public sealed class ClusterCommandTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TemporaryDirectory _profiles = new();

    public void Dispose() => _profiles.Dispose();

    [Theory]
    [InlineData("INT")]
    [InlineData("stop")]
    public async Task A_started_cluster_serves_clients_until_ctrl_c_or_stop_and_leaves_nothing(string how)
    {
        using Process start = Start("cluster", "start", "-n", "2", "--profile", "lab");
        string announced = await ReadLineAsync(start);
        string connection = Path.Combine(_profiles.Path, "lab", "connection.json");
        Assert.Equal($"cluster 'lab': 2 engines (ids 0-1), connection file {connection}; Ctrl+C or 'parallellab cluster stop --profile lab' stops them", announced);

        int[] engines;
        await using (ParallelLab.Cluster.Cluster client = await ParallelLab.Cluster.Cluster.ConnectAsync(connection))
        {
            engines = client.View().ApplySync<int>(EngineSide.ProcessId);
        }

        Assert.Equal(2, engines.Distinct().Count());
        (int listed, string list, _) = Run("cluster", "list");
        Assert.Equal(0, listed);
        Assert.Matches($@"^lab +running +{start.Id} +2  {System.Text.RegularExpressions.Regex.Escape(connection)}$", list.Split('\n')[1]);

        if (how == "INT")
        {
            Signal("INT", start.Id);
        }
        else
        {
            (int stopped, string said, _) = Run("cluster", "stop", "--profile", "lab");
            Assert.Equal(0, stopped);
            Assert.Equal($"stopped cluster 'lab' (process {start.Id})\n", said);
        }

        Assert.True(start.WaitForExit(Patience), "cluster start did not end");
        Assert.Equal(0, start.ExitCode);
        Assert.False(File.Exists(connection), "the connection file was left");
        Assert.All(engines, pid => Assert.False(ProcessIds.IsRunning(pid), $"engine {pid} outlived its cluster"));
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public async Task Mpi_engines_are_the_ranks_of_one_job_and_end_with_ctrl_c()
    {
        using Process start = Start("cluster", "start", "-n", "2", "--engines", "mpi");
        Assert.StartsWith("cluster 'default': 2 MPI engines (ids 0-1)", await ReadLineAsync(start), StringComparison.Ordinal);
        string connection = Path.Combine(_profiles.Path, "default", "connection.json");
        int[] ranks;
        int[] pids;
        await using (ParallelLab.Cluster.Cluster client = await ParallelLab.Cluster.Cluster.ConnectAsync(connection))
        {
            ranks = client.View().ApplySync<int>(EngineSide.Rank);
            pids = client.View().ApplySync<int>(EngineSide.ProcessId);
        }

        Assert.Equal([0, 1], ranks);
        Signal("INT", start.Id);
        Assert.True(start.WaitForExit(Patience), "cluster start did not end");
        Assert.Equal(0, start.ExitCode);

        // A rank ends after mpiexec has reported the job done: give it the moment MPI_Finalize takes.
        var waited = Stopwatch.StartNew();
        while (pids.Any(ProcessIds.IsRunning) && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.All(pids, pid => Assert.False(ProcessIds.IsRunning(pid), $"rank {pid} outlived its cluster"));
    }

    [Fact]
    public async Task Engines_end_with_a_killed_cluster_start_whose_stale_file_a_new_start_replaces()
    {
        using Process start = Start("cluster", "start", "-n", "1");
        await ReadLineAsync(start);
        string connection = Path.Combine(_profiles.Path, "default", "connection.json");
        int engine;
        await using (ParallelLab.Cluster.Cluster client = await ParallelLab.Cluster.Cluster.ConnectAsync(connection))
        {
            engine = client[0].ApplySync<int>(EngineSide.ProcessId)[0];
        }

        start.Kill();
        var waited = Stopwatch.StartNew();
        while (ProcessIds.IsRunning(engine) && waited.Elapsed < Patience)
        {
            await Task.Delay(50);
        }

        Assert.False(ProcessIds.IsRunning(engine), "the engine outlived its killed cluster start");
        Assert.Matches(@"^default +stale ", Run("cluster", "list").Output.Split('\n')[1]);

        using Process again = Start("cluster", "start", "-n", "1");
        Assert.StartsWith("cluster 'default': 1 engines", await ReadLineAsync(again), StringComparison.Ordinal);
        Signal("TERM", again.Id);
        Assert.True(again.WaitForExit(Patience));
        Assert.Equal(0, again.ExitCode);
    }

    [Fact]
    public async Task A_second_start_on_a_running_profile_is_refused_in_one_line()
    {
        using Process start = Start("cluster", "start", "-n", "1");
        await ReadLineAsync(start);

        (int exitCode, string output, string error) = Run("cluster", "start", "-n", "1");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"parallellab: error: a cluster already runs with connection file '{Path.Combine(_profiles.Path, "default", "connection.json")}' (process {start.Id}); stop it first\n", error);
        Signal("INT", start.Id);
        Assert.True(start.WaitForExit(Patience));
    }

    private Process Start(params string[] args)
    {
        ProcessStartInfo info = CliProcess.StartInfo(args);
        info.Environment[ClusterProfiles.DirectoryVariable] = _profiles.Path;
        return Process.Start(info)!;
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        ProcessStartInfo info = CliProcess.StartInfo(args);
        info.Environment[ClusterProfiles.DirectoryVariable] = _profiles.Path;
        return CliProcess.Run(info, Patience);
    }

    private static async Task<string> ReadLineAsync(Process process) =>
        await process.StandardOutput.ReadLineAsync().WaitAsync(Patience) ?? throw new InvalidOperationException($"no output; error: {await process.StandardError.ReadToEndAsync()}");

    private static void Signal(string signal, int pid) =>
        Assert.Equal(0, CliProcess.Run(CliProcess.Command("kill", $"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)), Patience).ExitCode);
}

/// <summary>Run on the engines: no test framework types, so that an engine loads nothing more of the tests.</summary>
public static class EngineSide
{
    public static int ProcessId() => Environment.ProcessId;

    public static int Rank() => EngineContext.Communicator.Rank;
}
