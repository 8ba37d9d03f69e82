namespace ParallelLab.Paradigms.Http;

/// <summary>How the book server behaves: the slowness of a real network, and injected faults.</summary>
public sealed record BookServerOptions
{
    /// <summary>Delay before every response (a round trip to a distant server).</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Cap on each response's sending rate, or null for loopback speed.</summary>
    public long? BytesPerSecond { get; init; }

    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    public FaultPlan Faults { get; init; } = new();
}
