namespace ParallelLab.Paradigms.Mpi;

/// <summary>Predefined elementwise reductions for buffers (MPI_SUM, MPI_MAX, MPI_MIN).</summary>
public enum ReduceOperation
{
    Sum,
    Max,
    Min,
}

internal static class ReduceOperations
{
    public static void Apply(ReduceOperation operation, Span<double> accumulator, ReadOnlySpan<double> values)
    {
        for (int i = 0; i < accumulator.Length; i++)
        {
            accumulator[i] = operation switch
            {
                ReduceOperation.Sum => accumulator[i] + values[i],
                ReduceOperation.Max => Math.Max(accumulator[i], values[i]),
                _ => Math.Min(accumulator[i], values[i]),
            };
        }
    }
}
