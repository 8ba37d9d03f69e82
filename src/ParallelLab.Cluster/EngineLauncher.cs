namespace ParallelLab.Cluster;

/// <summary>How a cluster's engines are started (ipyparallel's <c>engines=</c> launcher).</summary>
public enum EngineLauncher
{
    /// <summary>Engine processes on this machine, listening on loopback.</summary>
    Local,

    /// <summary>
    /// The ranks of one <c>mpiexec.mpich</c> job (ipyparallel's <c>engines='mpi'</c>): engine i is
    /// rank i, and code it runs may use the job's world communicator (<see cref="EngineContext"/>).
    /// </summary>
    Mpi,
}
