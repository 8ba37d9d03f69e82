namespace ParallelLab.Paradigms.Mpi;

/// <summary>
/// One simulated rank's view of an <see cref="InProcessWorld"/>. Collectives are built from
/// point-to-point messages on a reserved tag, the straightforward linear algorithms: the root
/// sends to or receives from every other rank in rank order.
/// </summary>
internal sealed class InProcessCommunicator(InProcessWorld world, int rank) : ICommunicator
{
    /// <summary>Collectives travel on a tag that user code cannot use or match with AnyTag.</summary>
    private const int CollectiveTag = -2;

    public int Rank { get; } = rank;

    public int Size => world.Size;

    public void Send<T>(T value, int destination, int tag)
    {
        CheckUserTag(tag);
        Post(destination, tag, ObjectCodec.Serialize(value), null);
    }

    public T Receive<T>(int source, int tag)
    {
        CheckUserTag(tag, allowAny: true);
        return Unpack<T>(Take(source, tag));
    }

    public IRequest SendNonBlocking<T>(T value, int destination, int tag)
    {
        // Sends are eager: the message is copied out now, so the request is already complete.
        Send(value, destination, tag);
        return CompletedRequest.Instance;
    }

    public IRequest<T> ReceiveNonBlocking<T>(int source, int tag)
    {
        CheckUserTag(tag, allowAny: true);
        CheckRank(source, allowAny: true);
        return new ReceiveRequest<T>(this, source, tag);
    }

    public void SendBuffer(ReadOnlySpan<double> buffer, int destination, int tag)
    {
        CheckUserTag(tag);
        Post(destination, tag, null, buffer.ToArray());
    }

    public int ReceiveBuffer(Span<double> buffer, int source, int tag)
    {
        CheckUserTag(tag, allowAny: true);
        return Unpack(Take(source, tag), buffer);
    }

    public T Broadcast<T>(T value, int root)
    {
        CheckRank(root);
        if (Rank != root)
        {
            return Unpack<T>(Take(root, CollectiveTag));
        }

        byte[] bytes = ObjectCodec.Serialize(value);
        foreach (int other in Others(root))
        {
            Post(other, CollectiveTag, bytes, null);
        }

        return value;
    }

    public T Scatter<T>(IReadOnlyList<T>? values, int root)
    {
        CheckRank(root);
        if (Rank != root)
        {
            return Unpack<T>(Take(root, CollectiveTag));
        }

        if (values is null || values.Count != Size)
        {
            throw new MpiException($"scatter at root {root} needs exactly {Size} values, one per rank");
        }

        foreach (int other in Others(root))
        {
            Post(other, CollectiveTag, ObjectCodec.Serialize(values[other]), null);
        }

        return values[root];
    }

    public IReadOnlyList<T>? Gather<T>(T value, int root)
    {
        CheckRank(root);
        if (Rank != root)
        {
            Post(root, CollectiveTag, ObjectCodec.Serialize(value), null);
            return null;
        }

        var values = new T[Size];
        for (int r = 0; r < Size; r++)
        {
            values[r] = r == root ? value : Unpack<T>(Take(r, CollectiveTag));
        }

        return values;
    }

    public T? Reduce<T>(T value, Func<T, T, T> operation, int root) => ObjectReduction.GatherAndFold(this, value, operation, root);

    public T AllReduce<T>(T value, Func<T, T, T> operation) => Broadcast(Reduce(value, operation, 0)!, 0);

    public void Barrier() => Broadcast(Gather(true, 0) is not null, 0);

    public void BroadcastBuffer(Span<double> buffer, int root)
    {
        CheckRank(root);
        if (Rank != root)
        {
            int count = Unpack(Take(root, CollectiveTag), buffer);
            if (count != buffer.Length)
            {
                throw new MpiException($"broadcast from root {root} sent {count} values into a buffer of {buffer.Length}");
            }

            return;
        }

        double[] copy = buffer.ToArray();
        foreach (int other in Others(root))
        {
            Post(other, CollectiveTag, null, copy);
        }
    }

    public void ReduceBuffer(ReadOnlySpan<double> values, Span<double> result, ReduceOperation operation, int root)
    {
        CheckRank(root);
        if (Rank != root)
        {
            Post(root, CollectiveTag, null, values.ToArray());
            return;
        }

        if (result.Length < values.Length)
        {
            throw new MpiException($"reduce result buffer holds {result.Length} values, needs {values.Length}");
        }

        Span<double> accumulator = result[..values.Length];
        var incoming = new double[values.Length];
        for (int r = 0; r < Size; r++)
        {
            ReadOnlySpan<double> contribution = values;
            if (r != root)
            {
                if (Unpack(Take(r, CollectiveTag), incoming) != values.Length)
                {
                    throw new MpiException($"rank {r} reduced a buffer of another length than root {root}'s {values.Length}");
                }

                contribution = incoming;
            }

            if (r == 0)
            {
                contribution.CopyTo(accumulator);
            }
            else
            {
                ReduceOperations.Apply(operation, accumulator, contribution);
            }
        }
    }

    public void AllReduceBuffer(ReadOnlySpan<double> values, Span<double> result, ReduceOperation operation)
    {
        ReduceBuffer(values, result, operation, 0);
        BroadcastBuffer(result[..values.Length], 0);
    }

    public int[]? GatherBuffer(ReadOnlySpan<double> values, Span<double> result, int root)
    {
        CheckRank(root);
        if (Rank != root)
        {
            Post(root, CollectiveTag, null, values.ToArray());
            return null;
        }

        var counts = new int[Size];
        int offset = 0;
        for (int r = 0; r < Size; r++)
        {
            if (r == root)
            {
                values.CopyTo(result[offset..]);
                counts[r] = values.Length;
            }
            else
            {
                counts[r] = Unpack(Take(r, CollectiveTag), result[offset..]);
            }

            offset += counts[r];
        }

        return counts;
    }

    public int ScatterBuffer(ReadOnlySpan<double> values, ReadOnlySpan<int> counts, Span<double> result, int root)
    {
        CheckRank(root);
        if (Rank != root)
        {
            return Unpack(Take(root, CollectiveTag), result);
        }

        if (counts.Length != Size || SumOf(counts) > values.Length)
        {
            throw new MpiException($"scatter at root {root} needs {Size} counts that fit in its {values.Length} values");
        }

        int offset = 0;
        int own = 0;
        for (int r = 0; r < Size; r++)
        {
            ReadOnlySpan<double> part = values.Slice(offset, counts[r]);
            if (r == root)
            {
                part.CopyTo(result);
                own = part.Length;
            }
            else
            {
                Post(r, CollectiveTag, null, part.ToArray());
            }

            offset += counts[r];
        }

        return own;
    }

    internal Envelope? TryTake(int source, int tag) => world.TryTake(Rank, source, tag);

    internal static T Unpack<T>(Envelope envelope) =>
        envelope.ObjectBytes is { } bytes
            ? ObjectCodec.Deserialize<T>(bytes)
            : throw new MpiException($"the message from rank {envelope.Source} (tag {envelope.Tag}) is a buffer; receive it into a buffer");

    private static int Unpack(Envelope envelope, Span<double> buffer)
    {
        double[] values = envelope.Buffer
            ?? throw new MpiException($"the message from rank {envelope.Source} (tag {envelope.Tag}) is an object; receive it as an object");
        if (values.Length > buffer.Length)
        {
            throw new MpiException($"message truncated: rank {envelope.Source} sent {values.Length} values into a buffer of {buffer.Length}");
        }

        values.CopyTo(buffer);
        return values.Length;
    }

    private static int SumOf(ReadOnlySpan<int> counts)
    {
        int sum = 0;
        foreach (int count in counts)
        {
            sum += count;
        }

        return sum;
    }

    private Envelope Take(int source, int tag)
    {
        CheckRank(source, allowAny: true);
        return world.Take(Rank, source, tag);
    }

    private void Post(int destination, int tag, byte[]? objectBytes, double[]? buffer)
    {
        CheckRank(destination);
        world.Post(destination, new Envelope(Rank, tag, objectBytes, buffer));
    }

    private IEnumerable<int> Others(int root) => Enumerable.Range(0, Size).Where(r => r != root);

    private void CheckRank(int rank, bool allowAny = false) => MessageChecks.CheckRank(rank, Size, allowAny);

    private static void CheckUserTag(int tag, bool allowAny = false) => MessageChecks.CheckUserTag(tag, allowAny);

    private sealed class CompletedRequest : IRequest
    {
        public static CompletedRequest Instance { get; } = new();

        public void Wait()
        {
        }

        public bool Test() => true;
    }

    private sealed class ReceiveRequest<T>(InProcessCommunicator communicator, int source, int tag) : IRequest<T>
    {
        private Envelope? _envelope;

        public T Wait() => Unpack<T>(_envelope ??= communicator.Take(source, tag));

        void IRequest.Wait() => Wait();

        public bool Test() => (_envelope ??= communicator.TryTake(source, tag)) is not null;
    }
}
