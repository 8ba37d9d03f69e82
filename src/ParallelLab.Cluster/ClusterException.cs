namespace ParallelLab.Cluster;

/// <summary>A cluster that cannot be started, reached or used as asked, said in one line.</summary>
public class ClusterException : Exception
{
    public ClusterException()
    {
    }

    public ClusterException(string message)
        : base(message)
    {
    }

    public ClusterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
