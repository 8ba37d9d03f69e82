namespace ParallelLab.Paradigms.Processes;

/// <summary>How long a pool waits, and where its worker executable is.</summary>
public sealed record ProcessPoolOptions
{
    /// <summary>Longest wait for a worker to start.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for one item's answer before the worker is taken for hung.</summary>
    public TimeSpan ItemTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Path of ParallelLab.Worker.dll; by default beside the running program.</summary>
    public string? WorkerPath { get; init; }
}
