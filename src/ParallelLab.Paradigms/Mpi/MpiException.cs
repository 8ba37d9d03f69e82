namespace ParallelLab.Paradigms.Mpi;

/// <summary>
/// An MPI call that cannot complete: a wrong rank or tag, a truncated message, a deadlock, or
/// another rank's failure that aborted the run (as MPI_Abort does).
/// </summary>
public sealed class MpiException : Exception
{
    public MpiException(string message)
        : base(message)
    {
    }

    public MpiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
