using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Paradigms.Tests.Mpi;

public class MessageSemanticsTests
{
    [Fact]
    public void Receives_match_by_tag_whatever_the_arrival_order()
    {
        string[] received = InProcessMpi.Run(2, comm =>
        {
            if (comm.Rank == 1)
            {
                comm.Send("first, tag 1", 0, 1);
                comm.Send("second, tag 2", 0, 2);
                return string.Empty;
            }

            return comm.Receive<string>(1, 2) + " | " + comm.Receive<string>(1, 1);
        });

        Assert.Equal("second, tag 2 | first, tag 1", received[0]);
    }

    [Fact]
    public void Messages_between_a_pair_never_overtake_each_other()
    {
        int[][] received = InProcessMpi.Run(2, comm =>
        {
            if (comm.Rank == 1)
            {
                for (int i = 0; i < 200; i++)
                {
                    comm.Send(i, 0, 7);
                }

                return [];
            }

            return Enumerable.Range(0, 200).Select(_ => comm.Receive<int>(ICommunicator.AnySource, ICommunicator.AnyTag)).ToArray();
        });

        Assert.Equal(Enumerable.Range(0, 200), received[0]);
    }

    [Fact]
    public void A_sent_buffer_is_a_copy_on_both_sides()
    {
        double[][] received = InProcessMpi.Run(2, comm =>
        {
            if (comm.Rank == 1)
            {
                double[] data = [1, 2, 3];
                comm.SendBuffer(data, 0, 0);
                data[0] = 99; // after the send: must not reach the receiver
                return data;
            }

            var buffer = new double[3];
            comm.ReceiveBuffer(buffer, 1, 0);
            return buffer;
        });

        Assert.Equal([1.0, 2, 3], received[0]);
        Assert.Equal([99.0, 2, 3], received[1]);
    }

    [Fact]
    public void A_sent_object_is_a_copy()
    {
        List<int>[] received = InProcessMpi.Run(2, comm =>
        {
            var list = new List<int> { 1, 2 };
            if (comm.Rank == 1)
            {
                comm.Send(list, 0, 0);
                list.Add(3);
                return list;
            }

            return comm.Receive<List<int>>(1, 0);
        });

        Assert.Equal([1, 2], received[0]);
    }

    [Fact]
    public void Non_blocking_requests_complete_on_wait_and_test_says_when()
    {
        (bool BeforeSend, string Message)[] results = InProcessMpi.Run(2, comm =>
        {
            if (comm.Rank == 0)
            {
                IRequest<string> request = comm.ReceiveNonBlocking<string>(1, 5);
                bool before = request.Test();
                comm.Barrier();
                return (before, request.Wait());
            }

            comm.Barrier();
            comm.SendNonBlocking("hello", 0, 5).Wait();
            return (false, string.Empty);
        });

        Assert.Equal((false, "hello"), results[0]);
    }

    [Fact]
    public void A_message_too_long_for_the_buffer_is_truncation()
    {
        var e = Assert.Throws<ParadigmException>(() => InProcessMpi.Run(2, comm =>
        {
            if (comm.Rank == 1)
            {
                comm.SendBuffer(new double[10], 0, 0);
            }
            else
            {
                comm.ReceiveBuffer(new double[4], 1, 0);
            }
        }));

        Assert.Contains("rank 0 failed: message truncated: rank 1 sent 10 values into a buffer of 4", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(1, -3)]
    public void Bad_ranks_and_tags_are_refused(int destination, int tag)
    {
        var e = Assert.Throws<ParadigmException>(() => InProcessMpi.Run(2, comm =>
        {
            if (comm.Rank == 0)
            {
                comm.Send(1, destination, tag);
            }
        }));

        Assert.Contains("rank 0 failed", e.Message, StringComparison.Ordinal);
    }
}
