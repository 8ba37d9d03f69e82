namespace ParallelLab.Paradigms.Http;

/// <summary>How patient a client is: a time limit per attempt, and how many attempts a book gets.</summary>
public sealed record FetchOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public int Attempts { get; init; } = 3;

    /// <summary>Wait before retry k is k times this (linear back-off).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(50);
}
