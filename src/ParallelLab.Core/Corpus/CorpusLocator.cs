namespace ParallelLab.Core.Corpus;

/// <summary>
/// Decides which corpus a command or benchmark runs on: an explicit directory, else the
/// <c>PARALLELLAB_CORPUS</c> environment variable, else the built-in synthetic corpus, generated
/// once into the user's cache folder (<c>PARALLELLAB_CACHE</c>, else <c>$XDG_CACHE_HOME/parallellab</c>,
/// else <c>~/.cache/parallellab</c>).
/// </summary>
public static class CorpusLocator
{
    public const string CorpusVariable = "PARALLELLAB_CORPUS";
    public const string CacheVariable = "PARALLELLAB_CACHE";

    public static BookCorpus Resolve(string? explicitDirectory = null, IProgress<string>? progress = null)
    {
        string? chosen = string.IsNullOrWhiteSpace(explicitDirectory)
            ? Environment.GetEnvironmentVariable(CorpusVariable)
            : explicitDirectory;
        return string.IsNullOrWhiteSpace(chosen) ? BuiltIn(progress) : BookCorpus.Open(chosen);
    }

    /// <summary>The built-in corpus, generated on first use and reused afterwards.</summary>
    public static BookCorpus BuiltIn(IProgress<string>? progress = null)
    {
        SyntheticCorpusOptions options = SyntheticCorpusOptions.Default;
        string directory = BuiltInDirectory(options);
        if (!File.Exists(Path.Combine(directory, SyntheticCorpus.ManifestName)))
        {
            GenerateInto(directory, options, progress);
        }

        return BookCorpus.Open(directory);
    }

    public static string BuiltInDirectory(SyntheticCorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(CacheDirectory(), $"synthetic-v{SyntheticCorpusOptions.GeneratorVersion}-seed{options.Seed}");
    }

    public static string CacheDirectory()
    {
        string? configured = Environment.GetEnvironmentVariable(CacheVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        string root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "parallellab");
    }

    private static void GenerateInto(string directory, SyntheticCorpusOptions options, IProgress<string>? progress)
    {
        string cache = Path.GetDirectoryName(directory) ?? ".";
        RemoveAbandonedStaging(cache);

        // Generation writes into a staging folder and moves it here whole, with its manifest, so a
        // folder here without a manifest was not made by us: set it aside rather than trust it.
        // (Never delete the target itself: another process may have just finished it.)
        if (Directory.Exists(directory) && !File.Exists(Path.Combine(directory, SyntheticCorpus.ManifestName)))
        {
            string aside = $"{directory}.incomplete-{Guid.NewGuid():N}";
            Directory.Move(directory, aside);
            Directory.Delete(aside, recursive: true);
        }

        try
        {
            SyntheticCorpus.Generate(directory, options, progress);
        }
        catch (IO.InputException) when (File.Exists(Path.Combine(directory, SyntheticCorpus.ManifestName)))
        {
            // Another process (a parallel benchmark, a second terminal) finished it first.
        }
    }

    /// <summary>Deletes staging folders left by generations that were killed (their process is gone).</summary>
    private static void RemoveAbandonedStaging(string cache)
    {
        if (!Directory.Exists(cache))
        {
            return;
        }

        foreach (string staging in Directory.EnumerateDirectories(cache, ".*.partial"))
        {
            string[] parts = Path.GetFileName(staging).Split('.');
            if (parts.Length >= 4 && int.TryParse(parts[^3], out int pid) && !IsRunning(pid))
            {
                try
                {
                    Directory.Delete(staging, recursive: true);
                }
                catch (IOException)
                {
                    // Best effort: a leftover is only wasted space.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
