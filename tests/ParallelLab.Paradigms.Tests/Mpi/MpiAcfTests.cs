using ParallelLab.Core.Autocorrelation;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Tests.Mpi;

public class MpiAcfTests
{
    private static readonly Lazy<AcfWorkload> Workload = new(() => AcfWorkload.TopWords(SmallCorpus.LargestBook, FastAcfKernel.Instance));
    private static readonly Lazy<double[]> Serial = new(() => Workload.Value.Serial());

    public static TheoryData<int, AcfCombine, MessageKind> Cases()
    {
        var cases = new TheoryData<int, AcfCombine, MessageKind>();
        foreach (int ranks in new[] { 1, 2, 3, 5, 16, 20 })
        {
            foreach (AcfCombine combine in Enum.GetValues<AcfCombine>())
            {
                foreach (MessageKind messages in Enum.GetValues<MessageKind>())
                {
                    cases.Add(ranks, combine, messages);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_rank_count_and_combination_equals_serial(int ranks, AcfCombine combine, MessageKind messages)
    {
        double[]?[] results = InProcessMpi.Run(ranks, comm => MpiAcf.Run(comm, Workload.Value, combine, messages));

        Assert.Equal(Serial.Value, results[0]);
        Assert.All(results.Skip(1), Assert.Null);
    }

    [Fact]
    public void The_reference_kernel_agrees_too()
    {
        var workload = AcfWorkload.TopWords(SmallCorpus.LargestBook, ReferenceAcfKernel.Instance);

        Assert.Equal(workload.Serial(), InProcessMpi.Run(3, comm => MpiAcf.Run(comm, workload, AcfCombine.Reduce, MessageKind.Buffers))[0]);
    }
}
