namespace ParallelLab.Paradigms.Mpi;

/// <summary>
/// An MPI communicator as mpi4py presents one, in two flavours. Object messages (any value that
/// serialises, sent as a copy through serialisation, like mpi4py's lower-case <c>send</c>) and
/// typed buffers of doubles (copied as they are, like upper-case <c>Send</c>). Rank code sees
/// only this interface, so the same code runs on simulated in-process ranks and, later, on a
/// real MPI library under <c>mpiexec</c>. Collectives are called by every rank in the same order.
/// </summary>
public interface ICommunicator
{
    /// <summary>Matches a message from any source (MPI_ANY_SOURCE).</summary>
    public const int AnySource = -1;

    /// <summary>Matches a message with any tag (MPI_ANY_TAG).</summary>
    public const int AnyTag = -1;

    int Rank { get; }

    int Size { get; }

    // Point to point, objects.
    void Send<T>(T value, int destination, int tag);

    T Receive<T>(int source, int tag);

    IRequest SendNonBlocking<T>(T value, int destination, int tag);

    IRequest<T> ReceiveNonBlocking<T>(int source, int tag);

    // Point to point, buffers: named apart from the object calls, as mpi4py's Send is from send,
    // so that a double[] is never serialised by accident through the generic overload.
    void SendBuffer(ReadOnlySpan<double> buffer, int destination, int tag);

    /// <summary>Receives into <paramref name="buffer"/>; returns the element count (MPI_Get_count).</summary>
    int ReceiveBuffer(Span<double> buffer, int source, int tag);

    // Collectives, objects.
    T Broadcast<T>(T value, int root);

    T Scatter<T>(IReadOnlyList<T>? values, int root);

    /// <summary>Every rank's value, in rank order, at the root; null elsewhere.</summary>
    IReadOnlyList<T>? Gather<T>(T value, int root);

    /// <summary><paramref name="operation"/> folded over the ranks' values in rank order at the root; default elsewhere.</summary>
    T? Reduce<T>(T value, Func<T, T, T> operation, int root);

    T AllReduce<T>(T value, Func<T, T, T> operation);

    void Barrier();

    // Collectives, buffers.
    void BroadcastBuffer(Span<double> buffer, int root);

    /// <summary>Elementwise <paramref name="operation"/> over the ranks' buffers, in rank order, into the root's <paramref name="result"/>.</summary>
    void ReduceBuffer(ReadOnlySpan<double> values, Span<double> result, ReduceOperation operation, int root);

    void AllReduceBuffer(ReadOnlySpan<double> values, Span<double> result, ReduceOperation operation);

    /// <summary>MPI_Gatherv: each rank's buffer, of any length, one after another in rank order at the root; returns the counts there.</summary>
    int[]? GatherBuffer(ReadOnlySpan<double> values, Span<double> result, int root);

    /// <summary>MPI_Scatterv: the root's buffer cut into <paramref name="counts"/> (one per rank); returns this rank's count.</summary>
    int ScatterBuffer(ReadOnlySpan<double> values, ReadOnlySpan<int> counts, Span<double> result, int root);
}
