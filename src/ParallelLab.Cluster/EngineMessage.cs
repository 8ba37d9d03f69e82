using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParallelLab.Cluster;

/// <summary>One message between a client and an engine: the Jupyter protocol's four JSON parts.</summary>
internal sealed record EngineMessage(MessageHeader Header, MessageHeader? ParentHeader, JsonObject Metadata, JsonObject Content)
{
    public string Type => Header.MessageType;

    public static EngineMessage Request(string type, string session, JsonObject content) =>
        new(MessageHeader.New(type, session), null, [], content);

    /// <summary>The reply to <paramref name="request"/>: its header becomes the reply's parent header.</summary>
    public static EngineMessage ReplyTo(EngineMessage request, string type, JsonObject metadata, JsonObject content) =>
        new(MessageHeader.New(type, request.Header.Session), request.Header, metadata, content);

    public byte[][] Parts() =>
    [
        JsonSerializer.SerializeToUtf8Bytes(Header),
        ParentHeader is null ? "{}"u8.ToArray() : JsonSerializer.SerializeToUtf8Bytes(ParentHeader),
        JsonSerializer.SerializeToUtf8Bytes(Metadata),
        JsonSerializer.SerializeToUtf8Bytes(Content),
    ];

    public static EngineMessage FromParts(IReadOnlyList<byte[]> parts)
    {
        MessageHeader header = JsonSerializer.Deserialize<MessageHeader>(parts[0])
            ?? throw new InvalidDataException("a message without a header");
        MessageHeader? parent = parts[1].AsSpan().SequenceEqual("{}"u8) ? null : JsonSerializer.Deserialize<MessageHeader>(parts[1]);
        JsonObject metadata = JsonNode.Parse(parts[2]) as JsonObject ?? throw new InvalidDataException("metadata is not a JSON object");
        JsonObject content = JsonNode.Parse(parts[3]) as JsonObject ?? throw new InvalidDataException("content is not a JSON object");
        return new EngineMessage(header, parent, metadata, content);
    }
}
