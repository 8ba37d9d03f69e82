using ParallelLab.Core.IO;

namespace ParallelLab.Core.Tests.IO;

/// <summary>Outputs written in a batch are whole and in place at once, and reach the disk together at the flush.</summary>
public sealed class DurableOutputBatchTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("parallellab-batch-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_directory.FullName, name);

    [Fact]
    public void Outputs_are_in_place_before_the_flush_and_stay_after_it()
    {
        File.WriteAllText(PathOf("old.dat"), "old");
        using var batch = DurableOutputBatch.Begin();

        AtomicFile.WriteAllText(PathOf("old.dat"), "replaced");
        AtomicFile.WriteAllText(PathOf("new.dat"), "new");

        Assert.Equal("replaced", File.ReadAllText(PathOf("old.dat")));
        Assert.Equal("new", File.ReadAllText(PathOf("new.dat")));
        batch.Flush();
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
    public void An_output_removed_before_the_flush_does_not_fail_it()
    {
        using var batch = DurableOutputBatch.Begin();
        AtomicFile.WriteAllText(PathOf("gone.dat"), "x");
        File.Delete(PathOf("gone.dat"));

        batch.Flush(); // nothing left to open on that file system: every file system is synced instead

        Assert.Empty(_directory.GetFiles());
    }

    [Fact]
    public void A_disposed_batch_cannot_be_flushed()
    {
        DurableOutputBatch batch = DurableOutputBatch.Begin();
        batch.Dispose();

        Assert.Throws<ObjectDisposedException>(batch.Flush);
    }
}
