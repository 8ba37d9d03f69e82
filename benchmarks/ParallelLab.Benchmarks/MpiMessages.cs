using BenchmarkDotNet.Attributes;
using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Benchmarks;

/// <summary>
/// What a message costs between two simulated ranks: a round trip of an array of doubles, as an
/// object (serialised, like mpi4py's <c>send</c>) or as a buffer (copied, like <c>Send</c>).
/// Each operation is one round trip, averaged over many in one run of the ranks.
/// </summary>
public class MpiMessages
{
    private const int RoundTrips = 20;

    private double[] _payload = null!;

    [Params(1_024, 65_536, 1_048_576)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup() => _payload = Enumerable.Range(0, Bytes / sizeof(double)).Select(i => i / 7.0).ToArray();

    [Benchmark(Baseline = true, OperationsPerInvoke = RoundTrips)]
    public void Objects() => InProcessMpi.Run(2, comm =>
    {
        for (int trip = 0; trip < RoundTrips; trip++)
        {
            if (comm.Rank == 0)
            {
                comm.Send(_payload, 1, 0);
                comm.Receive<double[]>(1, 0);
            }
            else
            {
                comm.Send(comm.Receive<double[]>(0, 0), 0, 0);
            }
        }
    });

    [Benchmark(OperationsPerInvoke = RoundTrips)]
    public void Buffers() => InProcessMpi.Run(2, comm =>
    {
        var received = new double[_payload.Length];
        for (int trip = 0; trip < RoundTrips; trip++)
        {
            if (comm.Rank == 0)
            {
                comm.SendBuffer(_payload, 1, 0);
                comm.ReceiveBuffer(received, 1, 0);
            }
            else
            {
                comm.ReceiveBuffer(received, 0, 0);
                comm.SendBuffer(received, 0, 0);
            }
        }
    });
}
