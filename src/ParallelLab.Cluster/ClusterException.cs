namespace ParallelLab.Cluster;

/// <summary>A cluster that cannot be started, reached or used as asked, said in one line (front ends print it as any paradigm's failure).</summary>
public class ClusterException : ParallelLab.Paradigms.ParadigmException
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
