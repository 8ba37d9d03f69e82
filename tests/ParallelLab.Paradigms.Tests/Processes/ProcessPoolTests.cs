using System.Diagnostics;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Workloads;
using ParallelLab.TestSupport;

namespace ParallelLab.Paradigms.Tests.Processes;

/// <summary>Real worker processes: results equal serial, start-up is reported, and no worker outlives the pool.</summary>
public class ProcessPoolTests
{
    private static readonly Lazy<AcfWorkload> Acf = new(() => AcfWorkload.TopWords(SmallCorpus.LargestBook, FastAcfKernel.Instance));

    [Theory]
    [InlineData(1, SharedArguments.Once, 1)]
    [InlineData(2, SharedArguments.Once, 3)]
    [InlineData(3, SharedArguments.PerItem, 1)]
    [InlineData(2, SharedArguments.PerItem, 16)]
    public void Map_starmap_and_word_count_equal_serial(int workers, SharedArguments shared, int chunkSize)
    {
        using var pool = ProcessPool.Start(workers);

        Assert.Equal(Acf.Value.Serial(), PoolWorkloads.AcfOverWords(pool, Acf.Value, shared, chunkSize));
        Assert.Equal(Acf.Value.Serial(), PoolWorkloads.AcfOverLags(pool, Acf.Value, shared, chunkSize));
        Assert.Equal(SmallCorpus.WordCount.Serial(), PoolWorkloads.WordCount(pool, SmallCorpus.WordCount, chunkSize));
    }

    [Fact]
    public void More_workers_than_items_is_fine()
    {
        using var pool = ProcessPool.Start(3);

        byte[][] echoed = pool.Run("fault-throw", [], [[7], [8]]);

        Assert.Equal([[7], [8]], echoed);
    }

    [Fact]
    public void Start_up_is_reported_per_worker()
    {
        using var pool = ProcessPool.Start(2);

        Assert.Equal(2, pool.StartupTimes.Count);
        Assert.All(pool.StartupTimes, t => Assert.True(t > TimeSpan.Zero));
    }

    [Fact]
    public void Disposing_the_pool_ends_every_worker()
    {
        IReadOnlyList<int> pids;
        using (var pool = ProcessPool.Start(2))
        {
            pids = pool.ProcessIds;
            Assert.All(pids, pid => Assert.True(ProcessIds.IsRunning(pid)));
        }

        Assert.All(pids, pid => Assert.False(ProcessIds.IsRunning(pid)));
    }

    [Theory]
    [InlineData("fault-crash", "the worker exited with code 3")]
    [InlineData("fault-garbage", "the worker sent garbage instead of a frame")]
    [InlineData("fault-throw", "failed: InvalidOperationException: the kernel threw on purpose")]
    [InlineData("fault-hang", "the worker gave no answer within 2 s (hung?)")]
    public void A_misbehaving_worker_names_the_item_and_the_pool_shuts_down(string kernel, string cause)
    {
        var pool = ProcessPool.Start(2, new ProcessPoolOptions { ItemTimeout = TimeSpan.FromSeconds(2) });
        IReadOnlyList<int> pids = pool.ProcessIds;
        byte[][] items = [[0], [0], [0], [1], [0], [0]];

        var e = Assert.Throws<ParadigmException>(() => pool.Run(kernel, [], items));

        Assert.StartsWith("item 3 in worker ", e.Message, StringComparison.Ordinal);
        Assert.Contains(cause, e.Message, StringComparison.Ordinal);
        Assert.All(pids, pid => Assert.False(ProcessIds.IsRunning(pid)));
        Assert.Throws<ObjectDisposedException>(() => pool.Run(kernel, [], items));
        pool.Dispose();
    }

    [Fact]
    public void An_unknown_kernel_is_refused_before_anything_is_sent()
    {
        using var pool = ProcessPool.Start(1);

        var e = Assert.Throws<ArgumentException>(() => pool.Run("launch-missiles", [], [[0]]));

        Assert.Contains("unknown kernel 'launch-missiles'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_whose_parent_goes_away_exits_by_itself()
    {
        // The pipe closing is all a worker sees when its parent is killed outright.
        using Process worker = Process.Start(WorkerLauncher.StartInfo(null))!;
        Assert.Equal(FrameKind.Ready, Frames.Read(worker.StandardOutput.BaseStream)!.Value.Kind);

        worker.StandardInput.Close();

        Assert.True(worker.WaitForExit(10_000));
        Assert.Equal(0, worker.ExitCode);
    }

    [Fact]
    public void A_missing_worker_executable_is_a_clear_error()
    {
        var e = Assert.Throws<ParadigmException>(() => ProcessPool.Start(1, new ProcessPoolOptions { WorkerPath = "/no/such/ParallelLab.Worker.dll" }));

        Assert.Contains("worker executable '/no/such/ParallelLab.Worker.dll' not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_that_is_no_program_is_named_with_its_exit_and_its_words()
    {
        string corrupt = Path.Combine(Path.GetTempPath(), $"parallellab-corrupt-{Guid.NewGuid():N}.dll");
        File.WriteAllBytes(corrupt, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))]);
        try
        {
            var e = Assert.Throws<ParadigmException>(() => ProcessPool.Start(1, new ProcessPoolOptions { WorkerPath = corrupt }));

            Assert.StartsWith("worker 0 did not start: exited with code", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(corrupt);
        }
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Bare_workers_are_each_started_and_each_waited_for_until_it_has_exited()
    {
        // A stand-in worker that takes a fifth of a second, then leaves its pid: returning before
        // every one of them had finished would leave fewer than three lines.
        string folder = Directory.CreateTempSubdirectory("parallellab-bare-").FullName;
        string worker = Script(folder, "#!/bin/sh\nsleep 0.2\necho $$ >> \"$(dirname \"$0\")/pids\"\n");
        try
        {
            ProcessPool.RunBareWorkers(3, new ProcessPoolOptions { WorkerPath = worker });

            int[] pids = [.. File.ReadAllLines(Path.Combine(folder, "pids")).Select(int.Parse)];
            Assert.Equal(3, pids.Distinct().Count());
            Assert.All(pids, pid => Assert.False(ProcessIds.IsRunning(pid)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_bare_worker_that_never_exits_is_named_and_killed()
    {
        string folder = Directory.CreateTempSubdirectory("parallellab-bare-").FullName;
        string name = $"parallellab-hung-{Guid.NewGuid():N}";
        string worker = Script(folder, $"#!/bin/bash\nexec -a {name} sleep 60\n");
        try
        {
            var e = Assert.Throws<ParadigmException>(() => ProcessPool.RunBareWorkers(2, new ProcessPoolOptions { WorkerPath = worker, StartTimeout = TimeSpan.FromSeconds(1) }));

            Assert.Matches(@"^the worker program \(pid \d+\) did not exit within 1 s of its start, though its input was closed \(hung\?\)$", e.Message);
            Assert.DoesNotContain(ProcessIds.WithArgumentContaining(name), ProcessIds.IsRunning);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_bare_worker_that_is_no_program_is_named_with_its_exit()
    {
        string corrupt = Path.Combine(Path.GetTempPath(), $"parallellab-corrupt-{Guid.NewGuid():N}.dll");
        File.WriteAllBytes(corrupt, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))]);
        try
        {
            var e = Assert.Throws<ParadigmException>(() => ProcessPool.RunBareWorkers(2, new ProcessPoolOptions { WorkerPath = corrupt }));

            Assert.Matches(@"^the worker program \(pid \d+\) exited with code \d+; what it said went to this program's standard error$", e.Message);
        }
        finally
        {
            File.Delete(corrupt);
        }
    }

    [Fact]
    public void A_bare_worker_that_cannot_be_executed_is_a_clear_error()
    {
        string notExecutable = Path.Combine(Path.GetTempPath(), $"parallellab-not-executable-{Guid.NewGuid():N}");
        File.WriteAllText(notExecutable, "not a program");
        try
        {
            var e = Assert.Throws<ParadigmException>(() => ProcessPool.RunBareWorkers(2, new ProcessPoolOptions { WorkerPath = notExecutable }));

            Assert.StartsWith($"the worker program '{notExecutable}' could not be started: ", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(notExecutable);
        }
    }

    [Fact]
    public void Bare_workers_of_a_missing_executable_are_a_clear_error()
    {
        var e = Assert.Throws<ParadigmException>(() => ProcessPool.RunBareWorkers(1, new ProcessPoolOptions { WorkerPath = "/no/such/ParallelLab.Worker.dll" }));

        Assert.Contains("worker executable '/no/such/ParallelLab.Worker.dll' not found", e.Message, StringComparison.Ordinal);
    }

    /// <summary>An executable shell script in <paramref name="folder"/>, to stand in for the worker program.</summary>
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static string Script(string folder, string text)
    {
        string path = Path.Combine(folder, "worker.sh");
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
