using System.Text.Json.Serialization;

namespace ParallelLab.Cluster;

/// <summary>A message's header, with the Jupyter messaging protocol's field names.</summary>
internal sealed record MessageHeader(
    [property: JsonPropertyName("msg_id")] string MessageId,
    [property: JsonPropertyName("msg_type")] string MessageType,
    [property: JsonPropertyName("session")] string Session,
    [property: JsonPropertyName("date")] DateTimeOffset Date)
{
    [JsonPropertyName("version")]
    public string Version { get; init; } = "5.3";

    public static MessageHeader New(string messageType, string session) =>
        new(Guid.NewGuid().ToString("N"), messageType, session, DateTimeOffset.UtcNow);
}
