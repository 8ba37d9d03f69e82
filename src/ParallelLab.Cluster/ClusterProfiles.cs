using System.Text.RegularExpressions;
using ParallelLab.Core.IO;

namespace ParallelLab.Cluster;

/// <summary>
/// Where clusters started from a terminal keep their connection files, one folder per profile
/// (ipyparallel's <c>profile_NAME/security/ipcontroller-client.json</c>):
/// <c>$PARALLELLAB_CLUSTER_DIR</c>, else <c>~/.parallellab/clusters</c>.
/// </summary>
public static partial class ClusterProfiles
{
    public const string DirectoryVariable = "PARALLELLAB_CLUSTER_DIR";

    public const string DefaultProfile = "default";

    public static string Root =>
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } chosen
            ? chosen
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".parallellab", "clusters");

    /// <summary>The profile's connection file; <see cref="ClusterException"/> for a name that is not a plain folder name.</summary>
    public static string ConnectionFilePath(string profile)
    {
        if (!ProfileName().IsMatch(profile))
        {
            throw new ClusterException($"profile '{profile}' must be letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        return Path.Combine(Root, profile, "connection.json");
    }

    /// <summary>Every profile with a connection file, and whether the process that wrote it still runs.</summary>
    public static IReadOnlyList<(string Profile, string Path, ConnectionFile? File, bool Running)> List()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var profiles = new List<(string, string, ConnectionFile?, bool)>();
        foreach (string folder in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            string path = Path.Combine(folder, "connection.json");
            if (!File.Exists(path))
            {
                continue;
            }

            ConnectionFile? file;
            try
            {
                file = ConnectionFile.Read(path);
            }
            catch (ClusterException)
            {
                file = null;
            }

            profiles.Add((Path.GetFileName(folder), path, file, file?.SupervisorPid is int pid && ProcessLiveness.IsRunning(pid)));
        }

        return profiles;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex ProfileName();
}
