using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Cluster;

/// <summary>
/// What code running on an engine may know of where it runs: with MPI engines, the job's world
/// communicator, as <c>MPI.COMM_WORLD</c> is in the lesson's engines (rank = engine id).
/// </summary>
public static class EngineContext
{
    private static ICommunicator? _communicator;

    /// <summary>The MPI world of the engines; <see cref="ClusterException"/> on an engine that is not an MPI rank.</summary>
    public static ICommunicator Communicator =>
        _communicator ?? throw new ClusterException("this engine is not an MPI rank: start the cluster with EngineLauncher.Mpi");

    public static bool IsMpi => _communicator is not null;

    internal static void UseCommunicator(ICommunicator communicator) => _communicator = communicator;
}
