using ParallelLab.TestSupport;

namespace ParallelLab.Cluster.Tests;

/// <summary>
/// Engines as the ranks of one mpiexec.mpich job (ipyparallel's <c>engines='mpi'</c>): engine i is
/// rank i, code on the engines joins the job's collectives through <see cref="EngineContext"/>,
/// the lesson's ACF through a broadcast view equals serial, and stopping leaves no rank.
/// </summary>
public sealed class MpiEngineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public async Task Engines_are_the_ranks_of_one_job_and_join_its_collectives()
    {
        await using Cluster cluster = await Cluster.StartAsync(engines: 3, EngineLauncher.Mpi);

        int[][] answers = cluster.BroadcastView().ApplyAsync<int[]>(Remote.RankSizeAndSumOfRanks).Get(Patience);

        Assert.Equal([0, 1, 2], cluster.Ids);
        Assert.Equal([[0, 3, 3], [1, 3, 3], [2, 3, 3]], answers);
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public async Task Every_view_operation_works_on_mpi_engines()
    {
        await using Cluster cluster = await Cluster.StartAsync(engines: 2, EngineLauncher.Mpi);

        cluster[0].Push(new Dictionary<string, object?> { ["a"] = 10 });
        cluster[1].Push(new Dictionary<string, object?> { ["a"] = 20 });
        Assert.Equal([10, 20], cluster.View().Pull<int>("a"));
        Assert.Equal([13, 23], cluster.View().ApplySync<int>(Remote.Add, new Reference("a"), 3));
        cluster.View().Scatter("part", Enumerable.Range(0, 5).ToArray());
        Assert.Equal(Enumerable.Range(0, 5), cluster.View().Gather<int>("part"));
        Assert.Equal(Enumerable.Range(0, 20).Select(x => x * x), cluster.LoadBalancedView().Map<int, int>(Remote.Square, [.. Enumerable.Range(0, 20)], chunkSize: 3));
        Assert.Equal(1, Assert.Throws<RemoteException>(() => cluster[1].ApplySync<int>(Remote.Fail, "boom")).EngineId);
    }

    [Fact]
    public async Task A_local_engine_has_no_communicator_and_says_so()
    {
        await using Cluster cluster = await Cluster.StartAsync(engines: 1);

        var refused = Assert.Throws<RemoteException>(() => cluster[0].ApplySync<int[]>(Remote.RankSizeAndSumOfRanks));
        Assert.Contains("this engine is not an MPI rank", refused.Message, StringComparison.Ordinal);
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public async Task Stopping_mpi_engines_ends_the_job_and_every_rank()
    {
        Cluster cluster = await Cluster.StartAsync(engines: 2, EngineLauncher.Mpi);
        int[] pids = cluster.View().ApplySync<int>(Remote.ProcessId);

        await cluster.DisposeAsync();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (pids.Any(ProcessIds.IsRunning) && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.All(pids, pid => Assert.False(ProcessIds.IsRunning(pid), $"rank process {pid} outlived its cluster"));
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public async Task The_lessons_mpi_acf_on_mpi_engines_equals_serial_exactly()
    {
        string book = Path.Combine(Path.GetTempPath(), $"plab-mpi-engine-book-{Guid.NewGuid():N}.txt");
        File.WriteAllText(book, string.Concat(Enumerable.Range(0, 400).Select(i => $"the cat {(i % 3 == 0 ? "sat" : "ran")} on mat number {i % 7}. ")));
        try
        {
            var workload = Paradigms.Workloads.AcfWorkload.TopWords(Core.Text.Tokenizer.TokenizeFile(book), Core.Autocorrelation.ReferenceAcfKernel.Instance, wordCount: 5, timesteps: 12);
            await using Cluster cluster = await Cluster.StartAsync(engines: 2, EngineLauncher.Mpi);

            foreach (Paradigms.Mpi.AcfCombine combine in Enum.GetValues<Paradigms.Mpi.AcfCombine>())
            {
                Assert.Equal(workload.Serial(), EngineAcf.RunMpi(cluster.BroadcastView(), workload, book, combine));
            }

            Assert.Equal(workload.Serial(), EngineAcf.Run(cluster.BroadcastView(), workload, book));
        }
        finally
        {
            File.Delete(book);
        }
    }
}
