namespace ParallelLab.Paradigms.Mpi;

/// <summary>A non-blocking operation in flight (MPI_Request).</summary>
public interface IRequest
{
    /// <summary>Blocks until the operation is complete (MPI_Wait).</summary>
    void Wait();

    /// <summary>Completes the operation if it can without blocking (MPI_Test).</summary>
    bool Test();
}

/// <summary>A non-blocking receive, whose <see cref="Wait"/> returns the message.</summary>
public interface IRequest<out T> : IRequest
{
    new T Wait();
}
