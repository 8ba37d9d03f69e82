using System.Buffers;

namespace ParallelLab.Core.IO;

/// <summary>
/// A file's bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>, longer than the file
/// (<see cref="Span"/> is the file); <see cref="Dispose"/> gives the array back, after which
/// nothing may read it.
/// </summary>
public sealed class RentedBytes : IDisposable
{
    private readonly byte[] _array;
    private bool _returned;

    internal RentedBytes(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_returned, this);
            return _array.AsSpan(0, Length);
        }
    }

    public void Dispose()
    {
        if (_returned)
        {
            return;
        }

        _returned = true;
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }
    }
}
