namespace ParallelLab.Cluster;

/// <summary>How a cluster's engines are started (ipyparallel's <c>engines=</c> launcher).</summary>
public enum EngineLauncher
{
    /// <summary>Engine processes on this machine, listening on loopback.</summary>
    Local,
}
