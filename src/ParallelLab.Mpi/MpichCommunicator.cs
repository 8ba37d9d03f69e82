using System.Runtime.InteropServices;
using ParallelLab.Paradigms.Mpi;
using Native = MPI.Unsafe;

namespace ParallelLab.Mpi;

/// <summary>
/// <see cref="ICommunicator"/> on MPICH's MPI_COMM_WORLD. Buffers of doubles go to MPI as they
/// are (MPI_DOUBLE, pinned, no copy). Object messages are serialised with the simulated ranks'
/// codec and sent as one MPI_BYTE message, received after MPI_Probe tells their size; MPI.NET's
/// own object messages are not used: they send a length and a body as two messages, which an
/// any-source receive can take from two different senders, and its object collectives use
/// fixed point-to-point tags (5, 7, 11) that collide with the user's. Object collectives are the
/// counts then the bytes (MPI_Gather/MPI_Gatherv, MPI_Scatter/MPI_Scatterv, MPI_Bcast); object
/// reductions gather and fold in rank order at the root, as the simulated ranks do.
/// </summary>
internal sealed unsafe class MpichCommunicator : ICommunicator
{
    private const int World = Native.MPI_COMM_WORLD;

    public MpichCommunicator()
    {
        MpiCall.Check(Native.MPI_Comm_rank(World, out int rank), "MPI_Comm_rank");
        MpiCall.Check(Native.MPI_Comm_size(World, out int size), "MPI_Comm_size");
        Rank = rank;
        Size = size;
    }

    public int Rank { get; }

    public int Size { get; }

    public void Send<T>(T value, int destination, int tag)
    {
        CheckRank(destination);
        CheckUserTag(tag);
        SendBytes(ObjectCodec.Serialize(value), destination, tag);
    }

    public T Receive<T>(int source, int tag)
    {
        CheckRank(source, allowAny: true);
        CheckUserTag(tag, allowAny: true);
        return ObjectCodec.Deserialize<T>(ReceiveBytes(source, tag));
    }

    public IRequest SendNonBlocking<T>(T value, int destination, int tag)
    {
        CheckRank(destination);
        CheckUserTag(tag);
        return MpichSendRequest.Start(ObjectCodec.Serialize(value), destination, tag, World);
    }

    public IRequest<T> ReceiveNonBlocking<T>(int source, int tag)
    {
        CheckRank(source, allowAny: true);
        CheckUserTag(tag, allowAny: true);
        return new MpichReceiveRequest<T>(this, source, tag);
    }

    public void SendBuffer(ReadOnlySpan<double> buffer, int destination, int tag)
    {
        CheckRank(destination);
        CheckUserTag(tag);
        fixed (double* values = buffer)
        {
            MpiCall.Check(Native.MPI_Send((IntPtr)values, buffer.Length, Native.MPI_DOUBLE, destination, tag, World), "MPI_Send");
        }
    }

    public int ReceiveBuffer(Span<double> buffer, int source, int tag)
    {
        CheckRank(source, allowAny: true);
        CheckUserTag(tag, allowAny: true);
        Native.MPI_Status status = Probe(source, tag, out int count, Native.MPI_DOUBLE);
        if (count > buffer.Length)
        {
            throw new MpiException($"message truncated: rank {status.MPI_SOURCE} sent {count} values into a buffer of {buffer.Length}");
        }

        fixed (double* values = buffer)
        {
            MpiCall.Check(Native.MPI_Recv((IntPtr)values, count, Native.MPI_DOUBLE, status.MPI_SOURCE, status.MPI_TAG, World, out _), "MPI_Recv");
        }

        return count;
    }

    public T Broadcast<T>(T value, int root)
    {
        CheckRank(root);
        byte[] bytes = Rank == root ? ObjectCodec.Serialize(value) : [];
        int length = bytes.Length;
        MpiCall.Check(Native.MPI_Bcast((IntPtr)(&length), 1, Native.MPI_INT, root, World), "MPI_Bcast");
        if (Rank != root)
        {
            bytes = new byte[length];
        }

        fixed (byte* data = bytes)
        {
            MpiCall.Check(Native.MPI_Bcast((IntPtr)data, length, Native.MPI_BYTE, root, World), "MPI_Bcast");
        }

        return Rank == root ? value : ObjectCodec.Deserialize<T>(bytes);
    }

    public T Scatter<T>(IReadOnlyList<T>? values, int root)
    {
        CheckRank(root);
        byte[][] parts = [];
        if (Rank == root)
        {
            if (values is null || values.Count != Size)
            {
                throw new MpiException($"scatter at root {root} needs one value per rank ({Size}), got {values?.Count ?? 0}");
            }

            parts = values.Select(v => ObjectCodec.Serialize(v)).ToArray();
        }

        int[] counts = parts.Select(p => p.Length).ToArray();
        int mine = ScatterCount(counts, root);
        var received = new byte[mine];
        byte[] all = Rank == root ? parts.SelectMany(p => p).ToArray() : [];
        fixed (byte* send = all)
        fixed (byte* receive = received)
        {
            MpiCall.Check(Native.MPI_Scatterv((IntPtr)send, Rank == root ? counts : null!, Rank == root ? Offsets(counts) : null!, Native.MPI_BYTE, (IntPtr)receive, mine, Native.MPI_BYTE, root, World), "MPI_Scatterv");
        }

        return ObjectCodec.Deserialize<T>(received);
    }

    public IReadOnlyList<T>? Gather<T>(T value, int root)
    {
        CheckRank(root);
        byte[] bytes = ObjectCodec.Serialize(value);
        int[]? counts = GatherCounts(bytes.Length, root);
        byte[] all = counts is null ? [] : new byte[counts.Sum()];
        fixed (byte* send = bytes)
        fixed (byte* receive = all)
        {
            MpiCall.Check(Native.MPI_Gatherv((IntPtr)send, bytes.Length, Native.MPI_BYTE, (IntPtr)receive, counts!, counts is null ? null! : Offsets(counts), Native.MPI_BYTE, root, World), "MPI_Gatherv");
        }

        if (counts is null)
        {
            return null;
        }

        var gathered = new T[Size];
        int offset = 0;
        for (int r = 0; r < Size; r++)
        {
            gathered[r] = ObjectCodec.Deserialize<T>(all.AsSpan(offset, counts[r]).ToArray());
            offset += counts[r];
        }

        return gathered;
    }

    public T? Reduce<T>(T value, Func<T, T, T> operation, int root) => ObjectReduction.GatherAndFold(this, value, operation, root);

    public T AllReduce<T>(T value, Func<T, T, T> operation) => Broadcast(Reduce(value, operation, 0)!, 0);

    public void Barrier() => MpiCall.Check(Native.MPI_Barrier(World), "MPI_Barrier");

    public void BroadcastBuffer(Span<double> buffer, int root)
    {
        CheckRank(root);
        fixed (double* values = buffer)
        {
            MpiCall.Check(Native.MPI_Bcast((IntPtr)values, buffer.Length, Native.MPI_DOUBLE, root, World), "MPI_Bcast");
        }
    }

    public void ReduceBuffer(ReadOnlySpan<double> values, Span<double> result, ReduceOperation operation, int root)
    {
        CheckRank(root);
        if (Rank == root && result.Length < values.Length)
        {
            throw new MpiException($"reduce at root {root}: a result of {result.Length} values cannot hold {values.Length}");
        }

        fixed (double* send = values)
        fixed (double* receive = result)
        {
            MpiCall.Check(Native.MPI_Reduce((IntPtr)send, (IntPtr)receive, values.Length, Native.MPI_DOUBLE, Operation(operation), root, World), "MPI_Reduce");
        }
    }

    public void AllReduceBuffer(ReadOnlySpan<double> values, Span<double> result, ReduceOperation operation)
    {
        if (result.Length < values.Length)
        {
            throw new MpiException($"allreduce: a result of {result.Length} values cannot hold {values.Length}");
        }

        fixed (double* send = values)
        fixed (double* receive = result)
        {
            MpiCall.Check(Native.MPI_Allreduce((IntPtr)send, (IntPtr)receive, values.Length, Native.MPI_DOUBLE, Operation(operation), World), "MPI_Allreduce");
        }
    }

    public int[]? GatherBuffer(ReadOnlySpan<double> values, Span<double> result, int root)
    {
        CheckRank(root);
        int[]? counts = GatherCounts(values.Length, root);
        if (counts is not null && result.Length < counts.Sum())
        {
            throw new MpiException($"gather at root {root}: a result of {result.Length} values cannot hold {counts.Sum()}");
        }

        fixed (double* send = values)
        fixed (double* receive = result)
        {
            MpiCall.Check(Native.MPI_Gatherv((IntPtr)send, values.Length, Native.MPI_DOUBLE, (IntPtr)receive, counts!, counts is null ? null! : Offsets(counts), Native.MPI_DOUBLE, root, World), "MPI_Gatherv");
        }

        return counts;
    }

    public int ScatterBuffer(ReadOnlySpan<double> values, ReadOnlySpan<int> counts, Span<double> result, int root)
    {
        CheckRank(root);
        if (counts.Length != Size)
        {
            throw new MpiException($"scatter needs one count per rank ({Size}), got {counts.Length}");
        }

        int[] allCounts = counts.ToArray();
        int mine = allCounts[Rank];
        if (result.Length < mine)
        {
            throw new MpiException($"scatter: a result of {result.Length} values cannot hold this rank's {mine}");
        }

        if (Rank == root && values.Length < allCounts.Sum())
        {
            throw new MpiException($"scatter at root {root}: {values.Length} values cannot fill counts that add up to {allCounts.Sum()}");
        }

        fixed (double* send = values)
        fixed (double* receive = result)
        {
            MpiCall.Check(Native.MPI_Scatterv((IntPtr)send, allCounts, Offsets(allCounts), Native.MPI_DOUBLE, (IntPtr)receive, mine, Native.MPI_DOUBLE, root, World), "MPI_Scatterv");
        }

        return mine;
    }

    /// <summary>Blocks until a message matching <paramref name="source"/> and <paramref name="tag"/> arrives; gives its sender, tag and size.</summary>
    internal static Native.MPI_Status Probe(int source, int tag, out int count, int datatype)
    {
        MpiCall.Check(Native.MPI_Probe(NativeSource(source), tag, World, out Native.MPI_Status status), "MPI_Probe");
        MpiCall.Check(Native.MPI_Get_count(ref status, datatype, out count), "MPI_Get_count");
        if (count < 0)
        {
            throw new MpiException($"rank {status.MPI_SOURCE} sent a message of a size that is not whole values (tag {status.MPI_TAG}): an object received as a buffer, or the reverse");
        }

        return status;
    }

    /// <summary>Whether a matching message has arrived (MPI_Iprobe).</summary>
    internal static bool HasMessage(int source, int tag)
    {
        MpiCall.Check(Native.MPI_Iprobe(NativeSource(source), tag, World, out int flag, out _), "MPI_Iprobe");
        return flag != 0;
    }

    internal static byte[] ReceiveBytes(int source, int tag)
    {
        Native.MPI_Status status = Probe(source, tag, out int count, Native.MPI_BYTE);
        var bytes = new byte[count];
        fixed (byte* data = bytes)
        {
            MpiCall.Check(Native.MPI_Recv((IntPtr)data, count, Native.MPI_BYTE, status.MPI_SOURCE, status.MPI_TAG, World, out _), "MPI_Recv");
        }

        return bytes;
    }

    private static void SendBytes(byte[] bytes, int destination, int tag)
    {
        fixed (byte* data = bytes)
        {
            MpiCall.Check(Native.MPI_Send((IntPtr)data, bytes.Length, Native.MPI_BYTE, destination, tag, World), "MPI_Send");
        }
    }

    /// <summary>Every rank's count at the root (MPI_Gather of one int each); null elsewhere.</summary>
    private int[]? GatherCounts(int count, int root)
    {
        int[]? counts = Rank == root ? new int[Size] : null;
        fixed (int* receive = counts)
        {
            MpiCall.Check(Native.MPI_Gather((IntPtr)(&count), 1, Native.MPI_INT, (IntPtr)receive, 1, Native.MPI_INT, root, World), "MPI_Gather");
        }

        return counts;
    }

    /// <summary>This rank's share of the root's <paramref name="counts"/> (MPI_Scatter of one int each).</summary>
    private int ScatterCount(int[] counts, int root)
    {
        int mine = 0;
        fixed (int* send = counts)
        {
            MpiCall.Check(Native.MPI_Scatter((IntPtr)send, 1, Native.MPI_INT, (IntPtr)(&mine), 1, Native.MPI_INT, root, World), "MPI_Scatter");
        }

        return mine;
    }

    private static int[] Offsets(int[] counts)
    {
        var offsets = new int[counts.Length];
        for (int r = 1; r < counts.Length; r++)
        {
            offsets[r] = offsets[r - 1] + counts[r - 1];
        }

        return offsets;
    }

    private static int Operation(ReduceOperation operation) => operation switch
    {
        ReduceOperation.Sum => Native.MPI_SUM,
        ReduceOperation.Max => Native.MPI_MAX,
        ReduceOperation.Min => Native.MPI_MIN,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>The lab's AnySource (-1, as the simulated ranks use) is MPICH's MPI_ANY_SOURCE (-2).</summary>
    private static int NativeSource(int source) => source == ICommunicator.AnySource ? Native.MPI_ANY_SOURCE : source;

    private void CheckRank(int rank, bool allowAny = false) => MessageChecks.CheckRank(rank, Size, allowAny);

    private static void CheckUserTag(int tag, bool allowAny = false) => MessageChecks.CheckUserTag(tag, allowAny);
}
