using System.Security.Cryptography;

namespace ParallelLab.Cluster;

/// <summary>
/// Signs and checks messages as Jupyter and ipyparallel do (the Jupyter messaging protocol,
/// "The Wire Protocol", signature scheme <c>hmac-sha256</c>): the lower-case hex HMAC-SHA256, keyed
/// with the cluster's key, of the header, parent header, metadata and content, concatenated in
/// that order. An engine runs nothing whose signature does not match.
/// </summary>
internal sealed class MessageSigner
{
    public const string Scheme = "hmac-sha256";

    private readonly byte[] _key;

    public MessageSigner(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _key = System.Text.Encoding.UTF8.GetBytes(key);
    }

    /// <summary>A new random key: 256 bits, as hex.</summary>
    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public string Sign(IReadOnlyList<byte[]> parts)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        foreach (byte[] part in parts)
        {
            hmac.AppendData(part);
        }

        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>In constant time, so that a forger learns nothing from how long a refusal takes.</summary>
    public bool Verify(string signature, IReadOnlyList<byte[]> parts) =>
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(signature),
            System.Text.Encoding.ASCII.GetBytes(Sign(parts)));
}
