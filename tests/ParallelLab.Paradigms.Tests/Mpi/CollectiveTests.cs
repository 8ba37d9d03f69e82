using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Paradigms.Tests.Mpi;

public class CollectiveTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Object_collectives_behave_as_mpi4py_does(int size)
    {
        var results = InProcessMpi.Run(size, comm =>
        {
            string shared = comm.Broadcast(comm.Rank == 0 ? "from root" : "ignored", 0);
            int mine = comm.Scatter(comm.Rank == 0 ? Enumerable.Range(0, comm.Size).Select(r => r * 10).ToArray() : null, 0);
            IReadOnlyList<int>? gathered = comm.Gather(comm.Rank, 0);

            // A non-commutative operation shows the rank order of the fold.
            string? folded = comm.Reduce(comm.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), (a, b) => a + b, 0);
            int total = comm.AllReduce(comm.Rank + 1, (a, b) => a + b);
            comm.Barrier();
            return (shared, mine, gathered, folded, total);
        });

        Assert.All(results, r => Assert.Equal("from root", r.shared));
        Assert.Equal(Enumerable.Range(0, size).Select(r => r * 10), results.Select(r => r.mine));
        Assert.Equal(Enumerable.Range(0, size), results[0].gathered);
        Assert.Equal(string.Concat(Enumerable.Range(0, size)), results[0].folded);
        Assert.All(results.Skip(1), r => Assert.Null(r.gathered));
        Assert.All(results, r => Assert.Equal(size * (size + 1) / 2, r.total));
    }

    [Fact]
    public void Buffer_collectives_copy_without_serialising()
    {
        var results = InProcessMpi.Run(3, comm =>
        {
            double[] broadcast = comm.Rank == 0 ? [1.5, 2.5] : new double[2];
            comm.BroadcastBuffer(broadcast, 0);

            var sum = new double[2];
            comm.AllReduceBuffer([comm.Rank, 10.0 * comm.Rank], sum, ReduceOperation.Sum);
            var max = new double[1];
            comm.ReduceBuffer([comm.Rank * 2.0], max, ReduceOperation.Max, 2);

            // Gatherv: rank r contributes r + 1 values.
            var gathered = new double[6];
            int[]? counts = comm.GatherBuffer(Enumerable.Repeat((double)comm.Rank, comm.Rank + 1).ToArray(), gathered, 1);

            var part = new double[3];
            int count = comm.ScatterBuffer(comm.Rank == 0 ? [0, 1, 1, 2, 2, 2] : [], [1, 2, 3], part, 0);
            return (broadcast, sum, max, gathered, counts, part: part[..count]);
        });

        Assert.All(results, r => Assert.Equal([1.5, 2.5], r.broadcast));
        Assert.All(results, r => Assert.Equal([3.0, 30.0], r.sum));
        Assert.Equal([4.0], results[2].max);
        Assert.Equal([0.0, 1, 1, 2, 2, 2], results[1].gathered);
        Assert.Equal([1, 2, 3], results[1].counts!);
        Assert.Equal([2.0, 2, 2], results[2].part);
        Assert.Equal([1.0, 1], results[1].part);
    }
}
