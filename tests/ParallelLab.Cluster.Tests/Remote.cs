namespace ParallelLab.Cluster.Tests;

/// <summary>
/// What the tests run on engines: static methods of this assembly, which each engine loads from
/// the tests' folder (no xunit types here, so the engine needs nothing else of the tests).
/// </summary>
public static class Remote
{
    public static int ProcessId() => Environment.ProcessId;

    public static int Add(int a, int b) => a + b;

    public static int Square(int x) => x * x;

    public static async Task<string> EchoLaterAsync(string text)
    {
        await Task.Delay(10);
        return text;
    }

    public static int SleepThenAnswer(int milliseconds)
    {
        Thread.Sleep(milliseconds);
        return 42;
    }

    public static int Fail(string message) => throw new InvalidOperationException(message);

    /// <summary>A side effect a test can look for: run only if the engine accepted the message.</summary>
    public static bool Touch(string path)
    {
        File.WriteAllText(path, "ran");
        return true;
    }

    /// <summary>On an MPI engine: its rank and the job's size, and a collective every rank must join.</summary>
    public static int[] RankSizeAndSumOfRanks()
    {
        Paradigms.Mpi.ICommunicator world = EngineContext.Communicator;
        return [world.Rank, world.Size, world.AllReduce(world.Rank, (a, b) => a + b)];
    }
}
