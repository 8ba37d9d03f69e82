using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParallelLab.Cluster;

/// <summary>
/// What a client needs to reach a cluster (ipyparallel's <c>ipcontroller-client.json</c>): the
/// key that signs every message, its scheme, where the engines listen, and the process that
/// supervises them. Written readable by its owner only, since the key lets anyone run code on the
/// engines.
/// </summary>
public sealed record ConnectionFile(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("signature_scheme")] string SignatureScheme,
    [property: JsonPropertyName("location")] string Location,
    [property: JsonPropertyName("engines")] IReadOnlyDictionary<int, int> Engines,
    [property: JsonPropertyName("pid")] int? SupervisorPid)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static ConnectionFile New() => new(MessageSigner.NewKey(), MessageSigner.Scheme, "127.0.0.1", new Dictionary<int, int>(), null);

    /// <summary>Atomically, created with mode 0600 (never readable by others, not even for a moment).</summary>
    public void Write(string path)
    {
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                JsonSerializer.Serialize(stream, this, Indented);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The file at <paramref name="path"/>; <see cref="ClusterException"/> with one clear line when it is missing or not a connection file.</summary>
    public static ConnectionFile Read(string path)
    {
        try
        {
            ConnectionFile file = JsonSerializer.Deserialize<ConnectionFile>(File.ReadAllBytes(path))
                ?? throw new ClusterException($"'{path}' is not a connection file");
            if (string.IsNullOrEmpty(file.Key) || file.SignatureScheme != MessageSigner.Scheme)
            {
                throw new ClusterException($"'{path}' has no key, or signs with '{file.SignatureScheme}' where the lab signs with {MessageSigner.Scheme}");
            }

            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClusterException($"cannot read connection file '{path}': {e.Message}");
        }
        catch (JsonException e)
        {
            throw new ClusterException($"'{path}' is not a connection file: {e.Message}");
        }
    }
}
