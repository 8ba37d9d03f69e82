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
        // A leftover without a manifest is an interrupted generation: start again.
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
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
}
