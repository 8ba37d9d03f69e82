namespace ParallelLab.Paradigms.Mpi;

/// <summary>
/// An object reduction as mpi4py's lower-case <c>reduce</c> does it for any operation: every
/// value gathered at the root, then folded in rank order, as MPI applies a non-commutative
/// operation. Both backends reduce objects this way, so they agree on any operation.
/// </summary>
internal static class ObjectReduction
{
    public static T? GatherAndFold<T>(ICommunicator communicator, T value, Func<T, T, T> operation, int root)
    {
        ArgumentNullException.ThrowIfNull(operation);
        IReadOnlyList<T>? values = communicator.Gather(value, root);
        if (values is null)
        {
            return default;
        }

        T result = values[0];
        for (int r = 1; r < values.Count; r++)
        {
            result = operation(result, values[r]);
        }

        return result;
    }
}
