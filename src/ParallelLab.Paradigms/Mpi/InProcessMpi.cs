namespace ParallelLab.Paradigms.Mpi;

/// <summary>
/// Runs N simulated ranks, each on its own thread with its own communicator; ranks share nothing
/// but messages. A rank that throws aborts the others at their next MPI call, and a deadlock ends
/// every blocked rank; either way the run fails with one message that names the ranks.
/// </summary>
public static class InProcessMpi
{
    public static T[] Run<T>(int size, Func<ICommunicator, T> rankMain)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentNullException.ThrowIfNull(rankMain);
        var world = new InProcessWorld(size);
        var results = new T[size];
        var threads = new Thread[size];
        for (int r = 0; r < size; r++)
        {
            int rank = r;
            threads[r] = new Thread(() =>
            {
                try
                {
                    results[rank] = rankMain(new InProcessCommunicator(world, rank));
                    world.Finish(rank);
                }
#pragma warning disable CA1031 // Any failure of rank code aborts the world and is reported by the runner.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    world.Fail(rank, e);
                }
            })
            {
                IsBackground = true,
                Name = $"mpi-rank-{rank}",
            };
            threads[r].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        if (world.Failure is { } failure)
        {
            throw new ParadigmException($"MPI run of {size} ranks failed: {failure.Message}", failure);
        }

        return results;
    }

    public static void Run(int size, Action<ICommunicator> rankMain)
    {
        ArgumentNullException.ThrowIfNull(rankMain);
        Run(size, communicator =>
        {
            rankMain(communicator);
            return true;
        });
    }
}
