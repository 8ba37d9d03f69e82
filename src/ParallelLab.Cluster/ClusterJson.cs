using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParallelLab.Cluster;

/// <summary>
/// How values travel between clients and engines: System.Text.Json, with NaN and the infinities
/// allowed (plain JSON has no words for them, and an ACF or a ratio may well be one). Doubles
/// round-trip exactly: .NET writes the shortest string that reads back as the same value.
/// </summary>
internal static class ClusterJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
