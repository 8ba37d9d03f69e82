namespace ParallelLab.Cluster;

/// <summary>A task's engine died before it replied (ipyparallel's <c>EngineError</c>).</summary>
public sealed class EngineDiedException : ClusterException
{
    public EngineDiedException()
    {
    }

    public EngineDiedException(string message)
        : base(message)
    {
    }

    public EngineDiedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EngineDiedException(int engineId, string reason)
        : base($"engine {engineId} died: {reason}")
    {
        EngineId = engineId;
    }

    public int EngineId { get; }
}
