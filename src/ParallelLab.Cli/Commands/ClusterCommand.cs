using System.Globalization;
using ParallelLab.Cluster;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab cluster start|stop|list</c>, ipyparallel's <c>ipcluster</c>: engines started from
/// a terminal under a profile, which clients reach through the profile's connection file
/// (<c>Cluster.ConnectAsync</c>); <c>start</c> supervises them until Ctrl+C or <c>stop</c>.
/// </summary>
internal static class ClusterCommand
{
    public static Command Create(CommandContext context)
    {
        var profile = new Option<string>("--profile")
        {
            Description = "The cluster's name; its connection file is $PARALLELLAB_CLUSTER_DIR/NAME/connection.json (default ~/.parallellab/clusters/NAME).",
            DefaultValueFactory = _ => ClusterProfiles.DefaultProfile,
            Recursive = true,
        };
        var command = new Command("cluster", "Start, stop and list clusters of engines (ipcluster): clients connect with Cluster.ConnectAsync(connection file).") { profile };
        command.Subcommands.Add(Start(context, profile));
        command.Subcommands.Add(Stop(context, profile));
        command.Subcommands.Add(List(context));
        return command;
    }

    private static Command Start(CommandContext context, Option<string> profile)
    {
        var engines = new Option<int>("-n", "--n")
        {
            Description = "How many engines (default: one per core), as ipcluster's -n.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        }.InRange(1, 1024);
        var launcher = new Option<EngineLauncher>("--engines")
        {
            Description = "local: engine processes; mpi: the ranks of one mpiexec.mpich job (ipcluster --engines=MPI).",
            DefaultValueFactory = _ => EngineLauncher.Local,
            CustomParser = result => result.Tokens.Single().Value switch
            {
                "local" => EngineLauncher.Local,
                "mpi" => EngineLauncher.Mpi,
                string other => Refuse(result, other),
            },
        };
        var command = new Command("start", "Start engines on this machine and serve them until Ctrl+C or 'cluster stop'.") { engines, launcher };
        command.SetAction((parse, cancellation) => context.GuardAsync(async () =>
        {
            string name = parse.GetValue(profile)!;
            string path = ClusterProfiles.ConnectionFilePath(name);
            using StopSignal stop = StopSignal.Listen(cancellation);
            EngineLauncher kind = parse.GetValue(launcher);
            await using Cluster.Cluster cluster = await Cluster.Cluster.StartAsync(parse.GetValue(engines), kind, log: context.Error, connectionFile: path, cancellation: cancellation);
            string what = kind == EngineLauncher.Mpi ? "MPI engines" : "engines";
            await context.Output.WriteLineAsync($"cluster '{name}': {cluster.Ids.Count} {what} (ids {cluster.Ids[0]}-{cluster.Ids[^1]}), connection file {path}; Ctrl+C or 'parallellab cluster stop --profile {name}' stops them");
            await context.Output.FlushAsync(cancellation);
            await stop.WaitAsync();
            await context.Output.WriteLineAsync($"cluster '{name}': stopping {cluster.Ids.Count} engines");
        }));
        return command;
    }

    private static EngineLauncher Refuse(System.CommandLine.Parsing.ArgumentResult result, string value)
    {
        result.AddError($"--engines must be local or mpi, not '{value}'");
        return EngineLauncher.Local;
    }

    private static Command Stop(CommandContext context, Option<string> profile)
    {
        var command = new Command("stop", "Stop the profile's cluster (its 'cluster start' shuts the engines down and removes the connection file).");
        command.SetAction((parse, cancellation) => context.GuardAsync(async () =>
        {
            string name = parse.GetValue(profile)!;
            string path = ClusterProfiles.ConnectionFilePath(name);
            if (!File.Exists(path))
            {
                throw new ClusterException($"no cluster '{name}' is running (no {path})");
            }

            if (ConnectionFile.Read(path).SupervisorPid is not int pid || !Core.IO.ProcessLiveness.IsRunning(pid))
            {
                throw new ClusterException($"cluster '{name}' is not running (its connection file {path} is stale; 'cluster start' replaces it)");
            }

            Signals.Terminate(pid);
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (File.Exists(path) && Core.IO.ProcessLiveness.IsRunning(pid) && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(50, cancellation);
            }

            if (Core.IO.ProcessLiveness.IsRunning(pid) && File.Exists(path))
            {
                throw new ClusterException($"cluster '{name}' (process {pid}) did not stop within 30 s");
            }

            await context.Output.WriteLineAsync($"stopped cluster '{name}' (process {pid})");
        }));
        return command;
    }

    private static Command List(CommandContext context)
    {
        var command = new Command("list", "List the profiles' clusters: running or stale, their engines and connection files.");
        command.SetAction((parse, cancellation) => context.GuardAsync(async () =>
        {
            IReadOnlyList<(string Profile, string Path, ConnectionFile? File, bool Running)> clusters = ClusterProfiles.List();
            if (clusters.Count == 0)
            {
                await context.Output.WriteLineAsync($"no clusters in {ClusterProfiles.Root}");
                return;
            }

            await context.Output.WriteLineAsync($"{"PROFILE",-16} {"STATE",-8} {"PID",8} {"ENGINES",7}  CONNECTION FILE");
            foreach ((string name, string path, ConnectionFile? file, bool running) in clusters)
            {
                string state = file is null ? "unreadable" : running ? "running" : "stale";
                string pid = file?.SupervisorPid?.ToString(CultureInfo.InvariantCulture) ?? "-";
                await context.Output.WriteLineAsync($"{name,-16} {state,-8} {pid,8} {file?.Engines.Count ?? 0,7}  {path}");
            }
        }));
        return command;
    }
}
