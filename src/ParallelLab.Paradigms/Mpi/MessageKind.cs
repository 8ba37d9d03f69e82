namespace ParallelLab.Paradigms.Mpi;

/// <summary>mpi4py's two flavours of message.</summary>
public enum MessageKind
{
    /// <summary>Serialised objects (lower-case <c>send</c>, <c>gather</c>, <c>reduce</c>).</summary>
    Objects,

    /// <summary>Typed buffers of doubles (upper-case <c>Send</c>, <c>Gatherv</c>, <c>Reduce</c>).</summary>
    Buffers,
}
