namespace ParallelLab.Cluster;

/// <summary>
/// Every engine of the cluster at once (ipyparallel's <c>BroadcastView</c>): the same call on all
/// of them, MPI style, each engine told its place by the arguments or by what was pushed to it.
/// </summary>
public sealed class BroadcastView : DirectView
{
    internal BroadcastView(IReadOnlyList<EngineConnection> engines)
        : base(engines)
    {
    }
}
