using System.Diagnostics;

namespace ParallelLab.Paradigms.Mpi;

/// <summary>
/// The classic message benchmark (as <c>python -m mpi4py.bench pingpong</c> and the OSU latency
/// test run it): rank 0 sends an array of doubles to rank 1, which sends it back; the one-way time
/// is half a round trip, averaged over many. Written against <see cref="ICommunicator"/>, so the
/// same code measures simulated and real ranks. Ranks past 1 only wait at the barriers.
/// </summary>
public static class PingPong
{
    public const int Tag = 21;

    /// <summary>Bytes moved each way per size: enough round trips to time well, few enough for seconds, not minutes.</summary>
    private const long BufferBytesPerSize = 256L << 20;
    private const long ObjectBytesPerSize = 16L << 20;
    private const int WarmUpTrips = 5;

    public sealed record Result(int Bytes, MessageKind Kind, int RoundTrips, TimeSpan Elapsed)
    {
        /// <summary>Half a round trip.</summary>
        public TimeSpan OneWay => Elapsed / (2.0 * RoundTrips);

        /// <summary>Bytes per second one way.</summary>
        public double BytesPerSecond => Bytes / OneWay.TotalSeconds;
    }

    /// <summary>Every size as buffers and as objects; the results on rank 0, null elsewhere.</summary>
    public static IReadOnlyList<Result>? Run(ICommunicator comm, IReadOnlyList<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(comm);
        ArgumentNullException.ThrowIfNull(sizes);
        if (comm.Size < 2)
        {
            throw new MpiException($"a ping-pong needs 2 ranks; this job has {comm.Size}");
        }

        var results = new List<Result>();
        foreach (int bytes in sizes)
        {
            foreach (MessageKind kind in Enum.GetValues<MessageKind>())
            {
                int trips = (int)Math.Clamp((kind == MessageKind.Buffers ? BufferBytesPerSize : ObjectBytesPerSize) / bytes, 10, 20_000);
                double[] payload = Enumerable.Range(0, Math.Max(1, bytes / sizeof(double))).Select(i => i / 7.0).ToArray();
                Trips(comm, payload, kind, WarmUpTrips);
                comm.Barrier();
                var stopwatch = Stopwatch.StartNew();
                Trips(comm, payload, kind, trips);
                stopwatch.Stop();
                comm.Barrier();
                results.Add(new Result(payload.Length * sizeof(double), kind, trips, stopwatch.Elapsed));
            }
        }

        return comm.Rank == 0 ? results : null;
    }

    private static void Trips(ICommunicator comm, double[] payload, MessageKind kind, int trips)
    {
        if (comm.Rank > 1)
        {
            return;
        }

        int other = 1 - comm.Rank;
        var received = new double[payload.Length];
        for (int trip = 0; trip < trips; trip++)
        {
            if (kind == MessageKind.Buffers)
            {
                if (comm.Rank == 0)
                {
                    comm.SendBuffer(payload, other, Tag);
                    comm.ReceiveBuffer(received, other, Tag);
                }
                else
                {
                    comm.ReceiveBuffer(received, other, Tag);
                    comm.SendBuffer(received, other, Tag);
                }
            }
            else if (comm.Rank == 0)
            {
                comm.Send(payload, other, Tag);
                comm.Receive<double[]>(other, Tag);
            }
            else
            {
                comm.Send(comm.Receive<double[]>(other, Tag), other, Tag);
            }
        }
    }
}
