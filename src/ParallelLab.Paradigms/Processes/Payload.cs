using System.Text;

namespace ParallelLab.Paradigms.Processes;

/// <summary>Little helpers to build and read frame payloads with length-prefixed fields.</summary>
internal static class Payload
{
    public static byte[] Build(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    public static BinaryReader Reader(byte[] payload) => new(new MemoryStream(payload, writable: false), Encoding.UTF8);

    public static void WriteBytes(this BinaryWriter writer, ReadOnlySpan<byte> bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    public static byte[] ReadBytes(this BinaryReader reader)
    {
        int length = reader.ReadInt32();
        if (length < 0 || length > Frames.MaxPayload)
        {
            throw new InvalidDataException($"a field of {length} bytes");
        }

        byte[] bytes = reader.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new EndOfStreamException("a field ended early");
    }

    public static void WriteDoubles(this BinaryWriter writer, ReadOnlySpan<double> values)
    {
        writer.Write(values.Length);
        foreach (double value in values)
        {
            writer.Write(value);
        }
    }

    public static double[] ReadDoubles(this BinaryReader reader)
    {
        var values = new double[reader.ReadInt32()];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadDouble();
        }

        return values;
    }

    public static void WriteInts(this BinaryWriter writer, ReadOnlySpan<int> values)
    {
        writer.Write(values.Length);
        foreach (int value in values)
        {
            writer.Write(value);
        }
    }

    public static int[] ReadInts(this BinaryReader reader)
    {
        var values = new int[reader.ReadInt32()];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadInt32();
        }

        return values;
    }
}
