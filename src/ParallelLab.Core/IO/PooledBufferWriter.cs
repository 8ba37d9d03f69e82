using System.Buffers;

namespace ParallelLab.Core.IO;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> of bytes over arrays rented from
/// <see cref="ArrayPool{T}.Shared"/> and given back on <see cref="Dispose"/>: a file's text built in
/// memory, to be written atomically, without leaving the collector a large array per file. The
/// workflow writes one .dat per book, 0.7 MB for the largest; with
/// <see cref="ArrayBufferWriter{T}"/> each file left every doubling of its buffer on the large
/// object heap (about 40 MB a run of the Gutenberg corpus), and that heap's budget, spent, is what
/// sets off a full collection.
/// </summary>
internal sealed class PooledBufferWriter(int initialCapacity) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = Rent(Math.Max(1, initialCapacity));
    private int _written;

    /// <summary>The bytes written so far; valid until the next write or <see cref="Dispose"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>At least <paramref name="sizeHint"/> free bytes (one when 0, as the interface asks), by doubling.</summary>
    private void Reserve(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        int needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        byte[] larger = Rent((int)Math.Min(Array.MaxLength, Math.Max(2L * _buffer.Length, (long)_written + needed)));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private static byte[] Rent(int length)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
        FreshPages.Populate(buffer, length);
        return buffer;
    }
}
