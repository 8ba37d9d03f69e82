using System.Globalization;
using System.Security.Cryptography;

namespace ParallelLab.Core.Corpus;

/// <summary>
/// The synthetic corpus's manifest, "NAME BYTES SHA256" per book, and the check that the cached
/// books are still those bytes. A cache is user-writable and outlives the process: a truncated,
/// deleted, extra or edited book would silently change every benchmark's workload.
/// </summary>
public static class CorpusManifest
{
    public static string Entry(string name, ReadOnlySpan<byte> bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} {bytes.Length} {Convert.ToHexStringLower(SHA256.HashData(bytes))}");

    /// <summary>
    /// What is wrong with the corpus in <paramref name="directory"/> against its manifest, or null
    /// when nothing is. Sizes and names are always checked; contents (SHA-256) when <paramref name="hashes"/>.
    /// </summary>
    public static string? Problem(string directory, bool hashes)
    {
        string manifest = Path.Combine(directory, SyntheticCorpus.ManifestName);
        if (!File.Exists(manifest))
        {
            return "it has no manifest";
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(manifest).Where(l => l.Length > 0 && l[0] != '#'))
        {
            string[] fields = line.Split(' ');
            if (fields.Length != 3 || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out long size))
            {
                return "its manifest was written by an older version of the lab";
            }

            string path = Path.Combine(directory, fields[0]);
            listed.Add(fields[0]);
            if (!File.Exists(path))
            {
                return $"{fields[0]} is missing";
            }

            long actual = new FileInfo(path).Length;
            if (actual != size)
            {
                return $"{fields[0]} has {actual} bytes, not {size}";
            }

            if (hashes && Entry(fields[0], File.ReadAllBytes(path)) != line)
            {
                return $"{fields[0]} has other contents than it was made with";
            }
        }

        string? extra = Directory.EnumerateFiles(directory, "*.txt").Select(Path.GetFileName).FirstOrDefault(name => !listed.Contains(name!));
        return extra is null ? null : $"{extra} is not one of its books";
    }
}
