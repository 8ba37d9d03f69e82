using ParallelLab.Paradigms.Mpi;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Mpi;

/// <summary>
/// The communicator on real MPICH ranks: <c>mpiexec.mpich -n N parallellab mpi check</c> runs the
/// same <see cref="CommunicatorChecks"/> that the simulated ranks pass in the Paradigms tests.
/// </summary>
public class RealMpiTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void Real_ranks_pass_every_communicator_check_at_1_2_and_3_ranks()
    {
        foreach (int ranks in new[] { 1, 2, 3 })
        {
            (int exitCode, string output, string error) = MpiExec(ranks, "mpi", "check");

            Assert.True(exitCode == 0, $"{ranks} ranks: exit {exitCode}\n{output}\n{error}");
            foreach ((string name, _) in CommunicatorChecks.All)
            {
                Assert.Contains($"ok  {name}", output, StringComparison.Ordinal);
            }

            Assert.Contains($"all {CommunicatorChecks.All.Count} checks passed on {ranks} MPICH ranks", output, StringComparison.Ordinal);
            Assert.DoesNotContain("leaked", error, StringComparison.Ordinal);
        }
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void Hello_and_pingpong_run_on_real_ranks()
    {
        (int helloExit, string hello, _) = MpiExec(3, "mpi", "hello");
        (int pingExit, string ping, string pingError) = MpiExec(2, "mpi", "pingpong", "--sizes", "8,4096");

        Assert.Equal(0, helloExit);
        Assert.Equal(
            ["0 of 3", "1 of 3", "2 of 3"],
            hello.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[(line.IndexOf("process ", StringComparison.Ordinal) + 8)..line.IndexOf(" on ", StringComparison.Ordinal)]).Order());
        Assert.True(pingExit == 0, pingError);
        Assert.Contains("ping-pong between ranks 0 and 1 (MPICH)", ping, StringComparison.Ordinal);
        Assert.Equal(4, ping.Split('\n').Count(line => line.Contains(" µs ", StringComparison.Ordinal)));
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void A_host_file_places_more_ranks_than_cores_and_every_check_passes()
    {
        using var folder = new TemporaryDirectory();
        string hosts = folder.File("hosts");

        // What a cluster's host file says of each node, here twice of this one: 5 ranks on 2 cores.
        File.WriteAllText(hosts, "localhost:2\nlocalhost:3\n");
        var (exitCode, output, error) = CliProcess.Run(CliProcess.Command("mpiexec.mpich", ["-f", hosts, "-n", "5", "dotnet", CliProcess.Dll, "mpi", "check"]), Limit);

        Assert.True(exitCode == 0, error);
        Assert.Contains($"all {CommunicatorChecks.All.Count} checks passed on 5 MPICH ranks", output, StringComparison.Ordinal);
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void The_timing_report_times_whole_mpich_jobs_beside_simulated_ranks()
    {
        using var corpus = new SmallCorpusDirectory();

        CliRun run = CliRun.Of("mpi", "-n", "1,2", "acf", "--corpus", corpus.Path, "--backend", "simulated,mpich", "--combine", "gather", "--messages", "buffers", "--repeat", "1");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("every result identical to serial's", run.Output, StringComparison.Ordinal);
        string[] rows = run.Output.Split('\n');
        Assert.Equal(2, rows.Count(row => row.StartsWith("gather/buffers ", StringComparison.Ordinal)));
        Assert.Equal(2, rows.Count(row => row.StartsWith("mpich/gather/buffers ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_process_started_by_open_mpi_is_refused_in_one_line()
    {
        var start = CliProcess.StartInfo("mpi", "check");
        start.Environment["OMPI_COMM_WORLD_SIZE"] = "2";

        (int exitCode, string output, string error) = CliProcess.Run(start, Limit);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("parallellab: error: this process was started by Open MPI's mpirun, but the lab runs on MPICH: launch it with mpiexec.mpich (Debian's mpirun may point at Open MPI)", error.TrimEnd());
    }

    private static (int ExitCode, string Output, string Error) MpiExec(int ranks, params string[] args) =>
        CliProcess.Run(CliProcess.Command("mpiexec.mpich", ["-n", ranks.ToString(System.Globalization.CultureInfo.InvariantCulture), "dotnet", CliProcess.Dll, .. args]), Limit);
}
