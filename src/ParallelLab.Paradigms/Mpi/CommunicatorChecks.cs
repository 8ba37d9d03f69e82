using System.Globalization;

namespace ParallelLab.Paradigms.Mpi;

/// <summary>
/// What every <see cref="ICommunicator"/> must do, as rank code that any backend runs: the tests
/// run it on simulated ranks, and <c>parallellab mpi check</c> runs the same code on real ranks
/// under <c>mpiexec</c> (as mpi4py's <c>python -m mpi4py.bench ringtest</c> checks an install).
/// Every rank calls every check in order; a check that finds a wrong value throws
/// <see cref="MpiException"/> naming what it expected.
/// </summary>
public static class CommunicatorChecks
{
    public static IReadOnlyList<(string Name, Action<ICommunicator> Run)> All { get; } =
    [
        ("object broadcast, scatter, gather, reduce in rank order, allreduce, barrier", ObjectCollectives),
        ("buffer broadcast, allreduce, reduce, gatherv, scatterv", BufferCollectives),
        ("receives match by tag whatever the arrival order", TagMatching),
        ("messages between a pair never overtake each other (any source, any tag)", PairOrder),
        ("sent objects and buffers are copies", Copies),
        ("non-blocking requests complete on wait; test says when", NonBlocking),
    ];

    private static void ObjectCollectives(ICommunicator comm)
    {
        int size = comm.Size;
        Expect("broadcast", "from root", comm.Broadcast(comm.Rank == 0 ? "from root" : "ignored", 0));
        Expect("scatter", comm.Rank * 10, comm.Scatter(comm.Rank == 0 ? Enumerable.Range(0, size).Select(r => r * 10).ToArray() : null, 0));
        IReadOnlyList<int>? gathered = comm.Gather(comm.Rank, 0);
        Expect("gather", comm.Rank == 0 ? string.Join(",", Enumerable.Range(0, size)) : null, gathered is null ? null : string.Join(",", gathered));

        // A non-commutative operation shows the order of the fold.
        string? folded = comm.Reduce(comm.Rank.ToString(CultureInfo.InvariantCulture), (a, b) => a + b, size - 1);
        Expect("reduce", comm.Rank == size - 1 ? string.Concat(Enumerable.Range(0, size)) : null, folded);
        Expect("allreduce", size * (size + 1) / 2, comm.AllReduce(comm.Rank + 1, (a, b) => a + b));
        comm.Barrier();
    }

    private static void BufferCollectives(ICommunicator comm)
    {
        int size = comm.Size;
        double[] broadcast = comm.Rank == 0 ? [1.5, 2.5] : new double[2];
        comm.BroadcastBuffer(broadcast, 0);
        Expect("broadcast", "1.5,2.5", Join(broadcast));

        var sum = new double[2];
        comm.AllReduceBuffer([comm.Rank, 10.0 * comm.Rank], sum, ReduceOperation.Sum);
        double ranks = size * (size - 1) / 2.0;
        Expect("allreduce sum", Join([ranks, 10 * ranks]), Join(sum));

        int root = size - 1;
        var max = new double[1];
        comm.ReduceBuffer([comm.Rank * 2.0], max, ReduceOperation.Max, root);
        if (comm.Rank == root)
        {
            Expect("reduce max", Join([2.0 * (size - 1)]), Join(max));
        }

        // Gatherv: rank r contributes r + 1 copies of r.
        double[] expectedGather = Enumerable.Range(0, size).SelectMany(r => Enumerable.Repeat((double)r, r + 1)).ToArray();
        var gathered = new double[expectedGather.Length];
        int[]? counts = comm.GatherBuffer(Enumerable.Repeat((double)comm.Rank, comm.Rank + 1).ToArray(), gathered, root);
        if (comm.Rank == root)
        {
            Expect("gatherv", Join(expectedGather), Join(gathered));
            Expect("gatherv counts", string.Join(",", Enumerable.Range(1, size)), string.Join(",", counts!));
        }

        int[] scatterCounts = Enumerable.Range(1, size).ToArray();
        var part = new double[size];
        int count = comm.ScatterBuffer(comm.Rank == 0 ? expectedGather : [], scatterCounts, part, 0);
        Expect("scatterv", Join(Enumerable.Repeat((double)comm.Rank, comm.Rank + 1).ToArray()), Join(part[..count]));
    }

    private static void TagMatching(ICommunicator comm)
    {
        if (comm.Size < 2)
        {
            return;
        }

        if (comm.Rank == 1)
        {
            comm.Send("first, tag 1", 0, 1);
            comm.Send("second, tag 2", 0, 2);
        }
        else if (comm.Rank == 0)
        {
            Expect("tag 2 first", "second, tag 2 | first, tag 1", comm.Receive<string>(1, 2) + " | " + comm.Receive<string>(1, 1));
        }

        comm.Barrier();
    }

    private static void PairOrder(ICommunicator comm)
    {
        const int Messages = 200;
        if (comm.Rank != 0)
        {
            for (int i = 0; i < Messages; i++)
            {
                comm.Send((comm.Rank, i), 0, 7);
            }
        }
        else
        {
            var next = new int[comm.Size];
            for (int m = 0; m < Messages * (comm.Size - 1); m++)
            {
                (int sender, int i) = comm.Receive<(int, int)>(ICommunicator.AnySource, ICommunicator.AnyTag);
                Expect($"message {next[sender]} from rank {sender}", next[sender], i);
                next[sender]++;
            }
        }

        comm.Barrier();
    }

    private static void Copies(ICommunicator comm)
    {
        if (comm.Size < 2)
        {
            return;
        }

        if (comm.Rank == 1)
        {
            double[] data = [1, 2, 3];
            var list = new List<int> { 1, 2 };
            comm.SendBuffer(data, 0, 3);
            comm.Send(list, 0, 4);
            data[0] = 99; // after the sends: must not reach the receiver
            list.Add(3);
        }
        else if (comm.Rank == 0)
        {
            var buffer = new double[5];
            int count = comm.ReceiveBuffer(buffer, 1, 3);
            Expect("buffer", "1,2,3", Join(buffer[..count]));
            Expect("object", "1,2", string.Join(",", comm.Receive<List<int>>(1, 4)));
        }

        comm.Barrier();
    }

    private static void NonBlocking(ICommunicator comm)
    {
        if (comm.Size < 2)
        {
            return;
        }

        if (comm.Rank == 0)
        {
            IRequest<string> request = comm.ReceiveNonBlocking<string>(1, 5);
            Expect("test before the send", false, request.Test());
            comm.Barrier();
            Expect("wait", "hello", request.Wait());
        }
        else
        {
            comm.Barrier();
            if (comm.Rank == 1)
            {
                comm.SendNonBlocking("hello", 0, 5).Wait();
            }
        }

        comm.Barrier();
    }

    private static string Join(double[] values) => string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

    private static void Expect<T>(string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new MpiException($"{what}: expected {expected?.ToString() ?? "null"}, got {actual?.ToString() ?? "null"}");
        }
    }
}
