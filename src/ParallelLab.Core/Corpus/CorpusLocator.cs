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
        EnsureIntact(directory, options, progress, hashes: Interlocked.Exchange(ref s_hashed, 1) == 0);
        return BookCorpus.Open(directory);
    }

    /// <summary>Whether this process has already checked the cached books' contents (once is enough: hashing reads 30 MB).</summary>
    private static int s_hashed;

    /// <summary>
    /// Generates the corpus into <paramref name="directory"/> unless it is there and intact: every
    /// book of the manifest present with its size, and with <paramref name="hashes"/> its SHA-256
    /// (the built-in corpus: once per process). A damaged cache is generated again, and the progress says why.
    /// </summary>
    internal static void EnsureIntact(string directory, SyntheticCorpusOptions options, IProgress<string>? progress, bool hashes)
    {
        if (File.Exists(Path.Combine(directory, SyntheticCorpus.ManifestName)))
        {
            string? problem = CorpusManifest.Problem(directory, hashes);
            if (problem is null)
            {
                return;
            }

            progress?.Report($"the cached corpus in {directory} is damaged ({problem}); generating it again");
            SetAside(directory);
        }

        GenerateInto(directory, options, progress);
    }

    private static void SetAside(string directory)
    {
        string aside = $"{directory}.damaged-{Guid.NewGuid():N}";
        try
        {
            Directory.Move(directory, aside);
            Directory.Delete(aside, recursive: true);
        }
        catch (IOException)
        {
            // Another process set it aside first, or still reads it; generation below decides.
        }
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
            if (parts.Length >= 4 && int.TryParse(parts[^3], out int pid) && !IO.ProcessLiveness.IsRunning(pid))
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
}
