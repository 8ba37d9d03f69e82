using ParallelLab.Core.IO;

namespace ParallelLab.Core.Tests.IO;

/// <summary>Outputs written in a batch are whole and in place at once, and reach the disk together at the flush.</summary>
public sealed class DurableOutputBatchTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("parallellab-batch-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_directory.FullName, name);

    /// <summary>On Linux a batch syncs each directory written to; elsewhere every file was synced as written.</summary>
    private static int Deferred(int directories) => OperatingSystem.IsLinux() ? directories : 0;

    [Fact]
    public void Outputs_are_in_place_before_the_flush_and_stay_after_it()
    {
        File.WriteAllText(PathOf("old.dat"), "old");
        Directory.CreateDirectory(PathOf("sub"));
        using var batch = DurableOutputBatch.Begin();

        AtomicFile.WriteAllText(PathOf("old.dat"), "replaced");
        AtomicFile.WriteAllText(PathOf("new.dat"), "new");
        AtomicFile.WriteAllText(PathOf(Path.Combine("sub", "other.dat")), "other");

        Assert.Equal("replaced", File.ReadAllText(PathOf("old.dat")));
        Assert.Equal("new", File.ReadAllText(PathOf("new.dat")));
        Assert.Equal(Deferred(2), batch.Flush());
        Assert.Equal(0, batch.Flush()); // nothing written since
        Assert.Equal(["new.dat", "old.dat"], _directory.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal("replaced", File.ReadAllText(PathOf("old.dat")));
    }

    [Fact]
    public async Task The_batch_covers_the_tasks_started_from_it_and_ends_when_disposed()
    {
        // Elsewhere than on Linux there is no batch to defer to: every file is synced as written.
        static DurableOutputBatch? Deferring(DurableOutputBatch batch) => OperatingSystem.IsLinux() ? batch : null;
        using (DurableOutputBatch outer = DurableOutputBatch.Begin())
        {
            Assert.Same(Deferring(outer), await Task.Run(() => DurableOutputBatch.Current));
            using (DurableOutputBatch inner = DurableOutputBatch.Begin())
            {
                Assert.Same(Deferring(inner), DurableOutputBatch.Current);
            }

            Assert.Same(Deferring(outer), DurableOutputBatch.Current);
        }

        Assert.Null(DurableOutputBatch.Current);
    }

    [Fact]
    public async Task A_background_flush_syncs_on_its_own_and_leaves_the_last_flush_only_what_came_after()
    {
        using var batch = DurableOutputBatch.Begin();
        AtomicFile.WriteAllText(PathOf("first.dat"), "1");
        batch.FlushInBackground();
        for (int waited = 0; batch.SyncedInBackground < Deferred(1) && waited < 200; waited++)
        {
            await Task.Delay(50); // a sync thread of its own: no flush needed to get it done
        }

        Assert.Equal(Deferred(1), batch.SyncedInBackground);
        Assert.Equal(0, batch.Flush()); // the background sync took the directory

        AtomicFile.WriteAllText(PathOf("second.dat"), "2");
        batch.FlushInBackground();
        int lastFlush = batch.Flush(); // whichever comes first syncs the directory, once
        Assert.Equal(Deferred(2), batch.SyncedInBackground + lastFlush);
    }

    [Fact]
    public void With_every_core_busy_a_background_request_leaves_the_outputs_to_the_flush()
    {
        using var batch = DurableOutputBatch.Begin();
        AtomicFile.WriteAllText(PathOf("first.dat"), "1");

        batch.FlushInBackgroundIfCoreFree(busyThreads: Environment.ProcessorCount);
        Assert.Null(batch.SyncThread);
        Assert.Equal(Deferred(1), batch.Flush());

        AtomicFile.WriteAllText(PathOf("second.dat"), "2");
        batch.FlushInBackgroundIfCoreFree(busyThreads: Environment.ProcessorCount - 1);
        Assert.Equal(OperatingSystem.IsLinux(), batch.SyncThread is not null); // a core free: the sync thread takes it
    }

    [Fact]
    public void The_sync_thread_is_made_at_the_first_request_kept_and_ended_with_the_batch()
    {
        DurableOutputBatch batch = DurableOutputBatch.Begin();
        Assert.Null(batch.SyncThread);

        AtomicFile.WriteAllText(PathOf("first.dat"), "1");
        batch.FlushInBackground();
        Thread? syncer = batch.SyncThread;
        AtomicFile.WriteAllText(PathOf("second.dat"), "2");
        batch.FlushInBackground();

        Assert.Same(syncer, batch.SyncThread);
        Assert.Equal(OperatingSystem.IsLinux(), syncer is not null); // elsewhere every file was synced as written
        batch.Dispose();
        Assert.True(syncer?.Join(TimeSpan.FromSeconds(30)) ?? true, "the sync thread outlived its batch");
    }

    [Fact]
    public void A_directory_removed_before_the_flush_is_not_synced_and_does_not_fail_it()
    {
        Directory.CreateDirectory(PathOf("gone"));
        using var batch = DurableOutputBatch.Begin();
        AtomicFile.WriteAllText(PathOf(Path.Combine("gone", "out.dat")), "x");
        AtomicFile.WriteAllText(PathOf("kept.dat"), "x");
        Directory.Delete(PathOf("gone"), recursive: true);

        Assert.Equal(Deferred(1), batch.Flush());
    }

    [Fact]
    public async Task A_task_still_running_when_its_batch_closes_syncs_its_own_files()
    {
        var closed = new TaskCompletionSource();
        Task<DurableOutputBatch?> late;
        using (DurableOutputBatch.Begin())
        {
            late = Task.Run(async () =>
            {
                await closed.Task;
                return DurableOutputBatch.Current;
            });
        }

        closed.SetResult();

        Assert.Null(await late);
    }

    [Theory]
    [InlineData("4242", 4242, true)]
    [InlineData("4242", 4243, false)] // inherited from further up, or the runner died and this process was re-parented
    [InlineData("1", 1, false)] // init adopts orphans: never a runner that will sync
    [InlineData("", 4242, false)]
    [InlineData(null, 4242, false)]
    [InlineData("+4242", 4242, false)]
    [InlineData("42x", 42, false)]
    public void A_process_leaves_its_outputs_to_the_runner_only_when_the_runner_is_its_parent(string? variable, int parent, bool deferred) =>
        Assert.Equal(deferred && OperatingSystem.IsLinux(), DurableOutputBatch.ParentSyncs(variable, parent));

    [Fact]
    public void A_process_no_runner_started_syncs_its_own_outputs()
    {
        Assert.Null(Environment.GetEnvironmentVariable(DurableOutputBatch.SyncedByParentVariable)); // the test runner is no workflow runner
        Assert.Null(DurableOutputBatch.BeginIfParentSyncs());
    }

    [Fact]
    public void An_output_another_process_wrote_is_synced_with_the_batch()
    {
        using var batch = DurableOutputBatch.Begin();
        File.WriteAllText(PathOf("by-a-child.dat"), "x"); // as a job's process writes it, with no sync of its own
        batch.Include(PathOf("by-a-child.dat"));

        Assert.Equal(Deferred(1), batch.Flush());
    }

    [Fact]
    public void A_disposed_batch_cannot_be_flushed()
    {
        DurableOutputBatch batch = DurableOutputBatch.Begin();
        batch.Dispose();

        Assert.Throws<ObjectDisposedException>(() => batch.Flush());
    }
}
