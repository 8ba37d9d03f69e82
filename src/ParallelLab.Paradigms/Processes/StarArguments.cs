namespace ParallelLab.Paradigms.Processes;

/// <summary>Several integer arguments of one starmap item, packed as consecutive little-endian ints.</summary>
public static class StarArguments
{
    public static byte[] Encode(params ReadOnlySpan<int> arguments)
    {
        var bytes = new byte[arguments.Length * sizeof(int)];
        for (int i = 0; i < arguments.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(int)), arguments[i]);
        }

        return bytes;
    }

    public static int[] Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var arguments = new int[bytes.Length / sizeof(int)];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = BitConverter.ToInt32(bytes, i * sizeof(int));
        }

        return arguments;
    }
}
