namespace ParallelLab.Cluster.Tests;

/// <summary>Two local engines shared by the tests that leave them as they found them; the log keeps their output.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public StringWriter Log { get; } = new();

    public Cluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await Cluster.StartAsync(engines: 2, log: TextWriter.Synchronized(Log));

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
