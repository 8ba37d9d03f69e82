namespace ParallelLab.Cluster.Tests;

/// <summary>Every view operation on two local engines: apply, push and pull, references, scatter and gather, the task farm.</summary>
public sealed class ViewTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private Cluster Cluster => fixture.Cluster;

    [Fact]
    public void Apply_runs_on_every_engine_of_the_view_in_its_own_process()
    {
        int[] pids = Cluster.View().ApplyAsync<int>(Remote.ProcessId).Get(Patience);

        Assert.Equal([0, 1], Cluster.Ids);
        Assert.Equal(2, pids.Distinct().Count());
        Assert.DoesNotContain(Environment.ProcessId, pids);
        Assert.Equal([pids[1]], Cluster[1].ApplySync<int>(Remote.ProcessId));
        Assert.Equal([pids[1], pids[0]], Cluster.View(1, 0).ApplySync<int>(Remote.ProcessId));
    }

    [Fact]
    public async Task Arguments_results_async_methods_and_lambdas_that_capture_nothing_travel()
    {
        Assert.Equal([5, 5], Cluster.BroadcastView().ApplySync<int>(Remote.Add, 2, 3));
        Assert.Equal(["hi", "hi"], await Cluster.View().ApplyAsync<string>(Remote.EchoLaterAsync, "hi"));
        Assert.Equal([12, 12], Cluster.View().ApplySync<int>((int x) => x * 3, 4));
    }

    [Fact]
    public void A_lambda_that_captures_state_is_refused_saying_why()
    {
        int factor = 3;
        var refused = Assert.Throws<ArgumentException>(() => Cluster.View().ApplyAsync<int>((int x) => x * factor, 4));

        Assert.Matches("^a lambda in A_lambda_that_captures_state_is_refused_saying_why captures (this, )?factor:", refused.Message);
        Assert.Contains("pass them as arguments", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pushed_values_stay_on_each_engine_for_later_calls_and_pull_back()
    {
        Cluster[0].Push(new Dictionary<string, object?> { ["a"] = 10 });
        Cluster[1].Push(new Dictionary<string, object?> { ["a"] = 20 });

        Assert.Equal([10, 20], Cluster.View().Pull<int>("a"));
        Assert.Equal([13, 23], Cluster.View().ApplySync<int>(Remote.Add, new Reference("a"), 3));
    }

    [Fact]
    public void Scatter_splits_in_engine_order_and_gather_joins_the_parts_back()
    {
        int[] items = Enumerable.Range(0, 11).ToArray();
        Cluster.View().Scatter("part", items);

        int[][] parts = Cluster.View().Pull<int[]>("part");
        Assert.Equal([0, 1, 2, 3, 4, 5], parts[0]);
        Assert.Equal([6, 7, 8, 9, 10], parts[1]);
        Assert.Equal(items, Cluster.View().Gather<int>("part"));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(7, true)]
    [InlineData(7, false)]
    public void A_load_balanced_map_gives_every_item_its_result(int chunkSize, bool ordered)
    {
        int[] items = Enumerable.Range(0, 50).ToArray();
        AsyncMapResult<int> map = Cluster.LoadBalancedView().MapAsync<int, int>(Remote.Square, items, chunkSize, ordered);
        int[] squares = map.Get(Patience);

        int[] expected = items.Select(x => x * x).ToArray();
        Assert.Equal(expected, ordered ? squares : squares.Order().ToArray());
        Assert.Equal(50, map.Progress);
        Assert.True(map.Ready);
    }

    [Fact]
    public void An_exception_on_an_engine_comes_back_named_with_its_engine()
    {
        var failure = Assert.Throws<RemoteException>(() => Cluster[1].ApplySync<int>(Remote.Fail, "boom"));

        Assert.Equal(1, failure.EngineId);
        Assert.Equal(nameof(InvalidOperationException), failure.TypeName);
        Assert.Contains("engine 1: InvalidOperationException: boom", failure.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Remote.Fail), failure.RemoteStackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_reports_progress_and_the_engines_time_against_the_wall_time()
    {
        AsyncResult<int> result = Cluster.View().ApplyAsync<int>(Remote.SleepThenAnswer, 200);
        Assert.Throws<TimeoutException>(() => result.Get(TimeSpan.FromMilliseconds(1)));

        Assert.Equal([42, 42], result.Get(Patience));
        Assert.Equal(2, result.Progress);
        Assert.True(result.SerialTime >= TimeSpan.FromMilliseconds(400), $"serial time {result.SerialTime}");
        Assert.True(result.WallTime >= TimeSpan.FromMilliseconds(200), $"wall time {result.WallTime}");
        Assert.Equal(result.SerialTime / result.WallTime, result.Speedup, 6);
    }

    [Fact]
    public void The_lessons_acf_through_a_broadcast_view_equals_serial_exactly()
    {
        string book = Path.Combine(Path.GetTempPath(), $"plab-engine-book-{Guid.NewGuid():N}.txt");
        File.WriteAllText(book, string.Concat(Enumerable.Range(0, 400).Select(i => $"the cat {(i % 3 == 0 ? "sat" : "ran")} on mat number {i % 7}. ")));
        try
        {
            var workload = Paradigms.Workloads.AcfWorkload.TopWords(Core.Text.Tokenizer.TokenizeFile(book), Core.Autocorrelation.ReferenceAcfKernel.Instance, wordCount: 5, timesteps: 12);

            Assert.Equal(workload.Serial(), EngineAcf.Run(Cluster.BroadcastView(), workload, book));
            Assert.Equal(workload.Serial(), EngineAcf.Run(Cluster[1], workload, book));
        }
        finally
        {
            File.Delete(book);
        }
    }
}
