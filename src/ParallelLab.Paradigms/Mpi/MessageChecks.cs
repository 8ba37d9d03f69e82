namespace ParallelLab.Paradigms.Mpi;

/// <summary>The argument checks every communicator makes alike, so both backends refuse with the same words.</summary>
internal static class MessageChecks
{
    public static void CheckRank(int rank, int size, bool allowAny = false)
    {
        if (!(allowAny && rank == ICommunicator.AnySource) && (rank < 0 || rank >= size))
        {
            throw new MpiException($"rank {rank} does not exist in a communicator of size {size}");
        }
    }

    public static void CheckUserTag(int tag, bool allowAny = false)
    {
        if (tag < 0 && !(allowAny && tag == ICommunicator.AnyTag))
        {
            throw new MpiException($"tag {tag} is invalid; tags are 0 or more");
        }
    }
}
