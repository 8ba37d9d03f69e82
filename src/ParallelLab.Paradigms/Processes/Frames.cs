using System.Buffers.Binary;

namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// The pool's compact binary protocol over pipes: each frame is a 4-byte little-endian payload
/// length, a kind byte and the payload. Anything else on the pipe (a stray print, a corrupted
/// stream) fails the length or kind check and is reported as garbage, never misread as data.
/// </summary>
internal static class Frames
{
    /// <summary>No legitimate frame is larger (a whole corpus is 30 MB).</summary>
    public const int MaxPayload = 512 * 1024 * 1024;

    public static void Write(Stream stream, FrameKind kind, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[5];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        header[4] = (byte)kind;
        stream.Write(header);
        stream.Write(payload);
        stream.Flush();
    }

    /// <summary>The next frame, or null at a clean end of stream (the other side closed the pipe).</summary>
    public static (FrameKind Kind, byte[] Payload)? Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[5];
        int read = ReadFully(stream, header);
        if (read == 0)
        {
            return null;
        }

        if (read < header.Length)
        {
            throw new InvalidDataException("the stream ended inside a frame header");
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(header);
        var kind = (FrameKind)header[4];
        if (length < 0 || length > MaxPayload || !Enum.IsDefined(kind))
        {
            throw new InvalidDataException($"not a frame (length {length}, kind {header[4]})");
        }

        var payload = new byte[length];
        if (ReadFully(stream, payload) < length)
        {
            throw new InvalidDataException($"the stream ended inside a {kind} frame");
        }

        return (kind, payload);
    }

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = stream.Read(buffer[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
