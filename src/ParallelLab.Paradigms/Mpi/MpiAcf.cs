using ParallelLab.Paradigms.Partitioning;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Mpi;

/// <summary>
/// The lesson's MPI word ACF: the top words are split evenly over the ranks (the first
/// <c>nwords % size</c> ranks take one more), every rank computes its words' rows, and rank 0
/// combines them and averages. Rows are added in word order whichever way they travel, so the
/// result equals serial bit for bit (docs/reference-quirks.md §18). The reduce does not add rows in a different order: each rank
/// puts its rows into an otherwise zero words × lags matrix, and x + 0 is exact.
/// </summary>
public static class MpiAcf
{
    /// <summary>Tag of the point-to-point version, as in the lesson.</summary>
    public const int RowsTag = 12;

    /// <summary>Run by every rank; returns the average ACF on rank 0 and null elsewhere.</summary>
    public static double[]? Run(ICommunicator communicator, AcfWorkload workload, AcfCombine combine, MessageKind messages)
    {
        ArgumentNullException.ThrowIfNull(communicator);
        ArgumentNullException.ThrowIfNull(workload);
        Range mine = EvenSplit.Block(workload.Words.Count, communicator.Size, communicator.Rank);
        double[][] myRows = Enumerable.Range(mine.Start.Value, mine.End.Value - mine.Start.Value).Select(w => workload.WordRow(w)).ToArray();
        double[][]? allRows = messages == MessageKind.Objects
            ? CombineObjects(communicator, workload, combine, mine, myRows)
            : CombineBuffers(communicator, workload, combine, mine, myRows);
        return allRows is null ? null : workload.Average(allRows);
    }

    private static double[][]? CombineObjects(ICommunicator communicator, AcfWorkload workload, AcfCombine combine, Range mine, double[][] myRows)
    {
        switch (combine)
        {
            case AcfCombine.PointToPoint when communicator.Rank != 0:
                communicator.Send(myRows, 0, RowsTag);
                return null;
            case AcfCombine.PointToPoint:
                var rows = new List<double[]>(myRows);
                for (int sender = 1; sender < communicator.Size; sender++)
                {
                    rows.AddRange(communicator.Receive<double[][]>(sender, RowsTag));
                }

                return [.. rows];
            case AcfCombine.Gather:
                return communicator.Gather(myRows, 0)?.SelectMany(r => r).ToArray();
            default:
                double[][] placed = Placed(workload, mine, myRows);
                return communicator.Reduce(placed, AddElementwise, 0);
        }
    }

    private static double[][]? CombineBuffers(ICommunicator communicator, AcfWorkload workload, AcfCombine combine, Range mine, double[][] myRows)
    {
        int lags = workload.Timesteps;
        int words = workload.Words.Count;
        double[] flat = myRows.SelectMany(r => r).ToArray();
        var all = new double[words * lags];
        switch (combine)
        {
            case AcfCombine.PointToPoint when communicator.Rank != 0:
                communicator.SendBuffer(flat, 0, RowsTag);
                return null;
            case AcfCombine.PointToPoint:
                flat.CopyTo(all, 0);
                for (int sender = 1; sender < communicator.Size; sender++)
                {
                    Range theirs = EvenSplit.Block(words, communicator.Size, sender);
                    communicator.ReceiveBuffer(all.AsSpan(theirs.Start.Value * lags, (theirs.End.Value - theirs.Start.Value) * lags), sender, RowsTag);
                }

                break;
            case AcfCombine.Gather:
                if (communicator.GatherBuffer(flat, all, 0) is null)
                {
                    return null;
                }

                break;
            default:
                var placed = new double[words * lags];
                flat.CopyTo(placed, mine.Start.Value * lags);
                communicator.ReduceBuffer(placed, all, ReduceOperation.Sum, 0);
                if (communicator.Rank != 0)
                {
                    return null;
                }

                break;
        }

        return Enumerable.Range(0, words).Select(w => all.AsSpan(w * lags, lags).ToArray()).ToArray();
    }

    /// <summary>The rank's rows at their words' places in a zero matrix.</summary>
    private static double[][] Placed(AcfWorkload workload, Range mine, double[][] myRows)
    {
        var placed = new double[workload.Words.Count][];
        for (int w = 0; w < placed.Length; w++)
        {
            placed[w] = w >= mine.Start.Value && w < mine.End.Value ? myRows[w - mine.Start.Value] : new double[workload.Timesteps];
        }

        return placed;
    }

    private static double[][] AddElementwise(double[][] left, double[][] right)
    {
        var sum = new double[left.Length][];
        for (int w = 0; w < left.Length; w++)
        {
            sum[w] = new double[left[w].Length];
            for (int t = 0; t < sum[w].Length; t++)
            {
                sum[w][t] = left[w][t] + right[w][t];
            }
        }

        return sum;
    }
}
