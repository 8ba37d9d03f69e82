using ParallelLab.Cluster;
using ParallelLab.Paradigms.Processes;

// An engine of the lab's cluster (ipyparallel's ipengine): reads the cluster's key from the
// connection file, listens on a loopback port, says which on its first line of output, and
// serves signed requests until told to shut down, interrupted, or orphaned. With --mpi it is a
// rank of an mpiexec.mpich job, and its id is its rank.
ParentWatchdog.StartIfAsked();
if (args is ["--connection-file", string mpiConnectionFile, "--mpi"])
{
    try
    {
        return EngineMain.RunMpi(mpiConnectionFile, Console.Out, Console.Error);
    }
    catch (ParallelLab.Paradigms.ParadigmException e)
    {
        Console.Error.WriteLine($"engine: {e.Message}");
        return 1;
    }
}

if (args is not ["--connection-file", string connectionFile, "--id", string idText] || !int.TryParse(idText, out int id) || id < 0)
{
    Console.Error.WriteLine("usage: ParallelLab.Engine --connection-file FILE (--id N | --mpi)");
    return 2;
}

try
{
    return await EngineMain.RunAsync(connectionFile, id, Console.Out, Console.Error);
}
catch (ClusterException e)
{
    Console.Error.WriteLine($"engine {id}: {e.Message}");
    return 1;
}
