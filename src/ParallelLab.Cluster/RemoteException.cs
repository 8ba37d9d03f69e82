namespace ParallelLab.Cluster;

/// <summary>Code that failed on an engine (ipyparallel's <c>RemoteError</c>): the exception's type, message and stack trace there.</summary>
public sealed class RemoteException : ClusterException
{
    public RemoteException()
    {
    }

    public RemoteException(string message)
        : base(message)
    {
    }

    public RemoteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RemoteException(int engineId, string typeName, string message, string remoteStackTrace)
        : base($"engine {engineId}: {typeName}: {message}")
    {
        EngineId = engineId;
        TypeName = typeName;
        RemoteStackTrace = remoteStackTrace;
    }

    public int EngineId { get; }

    public string TypeName { get; } = "";

    public string RemoteStackTrace { get; } = "";
}
