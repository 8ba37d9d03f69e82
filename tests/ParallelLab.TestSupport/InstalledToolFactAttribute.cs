namespace ParallelLab.TestSupport;

/// <summary>
/// A test that runs an external program (snakemake, dot). Skipped with the install command where
/// the program is not on PATH, except in CI, which installs it: there a missing tool fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InstalledToolFactAttribute : FactAttribute
{
    public InstalledToolFactAttribute(string tool, string debianPackage)
    {
        if (!InstalledTools.IsOnPath(tool) && !SharedData.RunningInCi)
        {
            Skip = $"'{tool}' is not installed (apt-get install {debianPackage})";
        }
    }
}

public static class InstalledTools
{
    public static bool IsOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, tool)));
}
