using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Paradigms.Tests.Mpi;

/// <summary>The checks that <c>parallellab mpi check</c> runs on real ranks, here on simulated ones.</summary>
public class CommunicatorChecksTests
{
    public static TheoryData<int, string> Cases()
    {
        var cases = new TheoryData<int, string>();
        foreach (int size in new[] { 1, 2, 3 })
        {
            foreach ((string name, _) in CommunicatorChecks.All)
            {
                cases.Add(size, name);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Simulated_ranks_pass_every_check(int size, string check)
    {
        Action<ICommunicator> run = CommunicatorChecks.All.Single(c => c.Name == check).Run;
        InProcessMpi.Run(size, run);
    }

    [Fact]
    public void A_check_that_sees_a_wrong_value_names_it()
    {
        var e = Assert.Throws<ParadigmException>(() => InProcessMpi.Run(2, comm =>
        {
            // A broadcast from the wrong root: rank 1's value reaches everyone.
            var wrong = new WrongRootBroadcast(comm);
            CommunicatorChecks.All[0].Run(wrong);
        }));

        Assert.Contains("broadcast: expected from root, got ignored", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A communicator whose object broadcast always comes from the last rank.</summary>
    private sealed class WrongRootBroadcast(ICommunicator inner) : ICommunicator
    {
        public int Rank => inner.Rank;

        public int Size => inner.Size;

        public T Broadcast<T>(T value, int root) => inner.Broadcast(value, inner.Size - 1);

        public void Send<T>(T value, int destination, int tag) => inner.Send(value, destination, tag);

        public T Receive<T>(int source, int tag) => inner.Receive<T>(source, tag);

        public IRequest SendNonBlocking<T>(T value, int destination, int tag) => inner.SendNonBlocking(value, destination, tag);

        public IRequest<T> ReceiveNonBlocking<T>(int source, int tag) => inner.ReceiveNonBlocking<T>(source, tag);

        public void SendBuffer(ReadOnlySpan<double> buffer, int destination, int tag) => inner.SendBuffer(buffer, destination, tag);

        public int ReceiveBuffer(Span<double> buffer, int source, int tag) => inner.ReceiveBuffer(buffer, source, tag);

        public T Scatter<T>(IReadOnlyList<T>? values, int root) => inner.Scatter(values, root);

        public IReadOnlyList<T>? Gather<T>(T value, int root) => inner.Gather(value, root);

        public T? Reduce<T>(T value, Func<T, T, T> operation, int root) => inner.Reduce(value, operation, root);

        public T AllReduce<T>(T value, Func<T, T, T> operation) => inner.AllReduce(value, operation);

        public void Barrier() => inner.Barrier();

        public void BroadcastBuffer(Span<double> buffer, int root) => inner.BroadcastBuffer(buffer, root);

        public void ReduceBuffer(ReadOnlySpan<double> values, Span<double> result, ReduceOperation operation, int root) => inner.ReduceBuffer(values, result, operation, root);

        public void AllReduceBuffer(ReadOnlySpan<double> values, Span<double> result, ReduceOperation operation) => inner.AllReduceBuffer(values, result, operation);

        public int[]? GatherBuffer(ReadOnlySpan<double> values, Span<double> result, int root) => inner.GatherBuffer(values, result, root);

        public int ScatterBuffer(ReadOnlySpan<double> values, ReadOnlySpan<int> counts, Span<double> result, int root) => inner.ScatterBuffer(values, counts, result, root);
    }
}
