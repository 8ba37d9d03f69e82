using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParallelLab.Paradigms.Mpi;

/// <summary>
/// How object messages are copied: serialised to bytes and back, as mpi4py pickles them, so that a
/// receiver never shares memory with the sender. JSON keeps any public data type serialisable,
/// writes doubles in round-trip form (exact), and shows what serialisation costs next to buffers.
/// </summary>
internal static class ObjectCodec
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(byte[] bytes) => JsonSerializer.Deserialize<T>(bytes, Options)!;
}
