using System.Buffers.Binary;
using System.Text;

namespace ParallelLab.Cluster;

/// <summary>
/// Messages on a stream: a part count, then each part as a 4-byte little-endian length and its
/// bytes; the first part is the signature, the other four the message (the order of the Jupyter
/// wire protocol, framed for a plain TCP stream instead of ZeroMQ's multipart messages).
/// </summary>
internal static class MessageWire
{
    private const int PartCount = 5;

    /// <summary>No message of the lab is larger; anything larger is garbage, refused before it is allocated.</summary>
    private const int MaxPart = 1 << 30;

    public static async Task WriteAsync(Stream stream, EngineMessage message, MessageSigner signer, CancellationToken cancellation = default)
    {
        byte[][] parts = message.Parts();
        byte[] signature = Encoding.ASCII.GetBytes(signer.Sign(parts));
        await WriteRawAsync(stream, [signature, .. parts], cancellation).ConfigureAwait(false);
    }

    /// <summary>Parts as they are: what a client without the key (or a test) sends.</summary>
    public static async Task WriteRawAsync(Stream stream, IReadOnlyList<byte[]> parts, CancellationToken cancellation = default)
    {
        var buffer = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, parts.Count);
        buffer.Write(length);
        foreach (byte[] part in parts)
        {
            BinaryPrimitives.WriteInt32LittleEndian(length, part.Length);
            buffer.Write(length);
            buffer.Write(part);
        }

        await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellation).ConfigureAwait(false);
        await stream.FlushAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>
    /// The next message; null at a clean end of stream. A message whose signature does not match
    /// comes back as <see cref="Received.Forged"/>, its content never parsed.
    /// </summary>
    public static async Task<Received?> ReadAsync(Stream stream, MessageSigner signer, CancellationToken cancellation = default)
    {
        byte[]? countBytes = await ReadExactlyOrEndAsync(stream, 4, cancellation).ConfigureAwait(false);
        if (countBytes is null)
        {
            return null;
        }

        int count = BinaryPrimitives.ReadInt32LittleEndian(countBytes);
        if (count != PartCount)
        {
            throw new InvalidDataException($"not a message: {count} parts where there are {PartCount}");
        }

        var parts = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            byte[] lengthBytes = await ReadExactlyOrEndAsync(stream, 4, cancellation).ConfigureAwait(false)
                ?? throw new InvalidDataException("the stream ended inside a message");
            int length = BinaryPrimitives.ReadInt32LittleEndian(lengthBytes);
            if (length is < 0 or > MaxPart)
            {
                throw new InvalidDataException($"not a message: a part of {length} bytes");
            }

            parts[i] = await ReadExactlyOrEndAsync(stream, length, cancellation).ConfigureAwait(false)
                ?? throw new InvalidDataException("the stream ended inside a message");
        }

        string signature = Encoding.ASCII.GetString(parts[0]);
        byte[][] body = parts[1..];
        return signer.Verify(signature, body) ? new Received(EngineMessage.FromParts(body)) : Received.Forged;
    }

    private static async Task<byte[]?> ReadExactlyOrEndAsync(Stream stream, int length, CancellationToken cancellation)
    {
        var buffer = new byte[length];
        int total = 0;
        while (total < length)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(total), cancellation).ConfigureAwait(false);
            if (read == 0)
            {
                return total == 0 ? null : throw new InvalidDataException("the stream ended inside a message");
            }

            total += read;
        }

        return buffer;
    }

    /// <summary>A message read off the wire: <see cref="Message"/> when its signature matched.</summary>
    public sealed record Received(EngineMessage? Message)
    {
        public static Received Forged { get; } = new((EngineMessage?)null);

        public bool IsForged => Message is null;
    }
}
