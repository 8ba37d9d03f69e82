using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Paradigms.Tests.Mpi;

/// <summary>A deadlock or a failing rank ends the run with the ranks named, never a hang.</summary>
public class FailureTests
{
    [Fact]
    public void Two_ranks_receiving_first_is_a_deadlock_naming_both()
    {
        var e = Assert.Throws<ParadigmException>(() => InProcessMpi.Run(2, comm =>
        {
            comm.Receive<int>(1 - comm.Rank, 12);
            comm.Send(0, 1 - comm.Rank, 12);
        }));

        Assert.Contains("deadlock, every rank is blocked: rank 0 waits for rank 1 (tag 12); rank 1 waits for rank 0 (tag 12)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Waiting_for_a_rank_that_has_finished_is_a_deadlock()
    {
        var e = Assert.Throws<ParadigmException>(() => InProcessMpi.Run(3, comm =>
        {
            if (comm.Rank == 2)
            {
                comm.Receive<int>(0, 1);
            }
        }));

        Assert.Contains("rank 0 has finished; rank 1 has finished; rank 2 waits for rank 0 (tag 1)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collective_some_ranks_skip_is_a_deadlock()
    {
        var e = Assert.Throws<ParadigmException>(() => InProcessMpi.Run(3, comm =>
        {
            if (comm.Rank != 1)
            {
                comm.Barrier();
            }
        }));

        Assert.Contains("deadlock", e.Message, StringComparison.Ordinal);
        Assert.Contains("(a collective)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rank_that_throws_aborts_the_others_and_is_named()
    {
        var e = Assert.Throws<ParadigmException>(() => InProcessMpi.Run(4, comm =>
        {
            if (comm.Rank == 2)
            {
                throw new InvalidOperationException("boom");
            }

            // The others wait for rank 2 forever, unless the failure reaches them.
            comm.Barrier();
        }));

        Assert.Equal("MPI run of 4 ranks failed: rank 2 failed: boom", e.Message);
    }

    [Fact]
    public void Receiving_an_object_as_a_buffer_is_an_error()
    {
        var e = Assert.Throws<ParadigmException>(() => InProcessMpi.Run(2, comm =>
        {
            if (comm.Rank == 1)
            {
                comm.Send("text", 0, 0);
            }
            else
            {
                comm.ReceiveBuffer(new double[4], 1, 0);
            }
        }));

        Assert.Contains("is an object; receive it as an object", e.Message, StringComparison.Ordinal);
    }
}
