using ParallelLab.Core.Corpus;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// Splits the command line into ParallelLab's own options and BenchmarkDotNet's. The corpus is
/// handed to the benchmark processes through <see cref="CorpusLocator.CorpusVariable"/>, which
/// BenchmarkDotNet's child processes inherit; <c>--quick</c> through <see cref="LabProfile.QuickVariable"/>.
/// </summary>
internal sealed record LabArguments(string[] BenchmarkDotNetArguments, bool JobGiven, bool ArtifactsGiven, string? Error)
{
    public static LabArguments Extract(string[] args)
    {
        var rest = new List<string>(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--quick")
            {
                Environment.SetEnvironmentVariable(LabProfile.QuickVariable, "1");
                continue;
            }

            string? directory = args[i] switch
            {
                "--corpus" when i + 1 < args.Length => args[++i],
                "--corpus" => null,
                _ when args[i].StartsWith("--corpus=", StringComparison.Ordinal) => args[i]["--corpus=".Length..],
                _ => string.Empty,
            };
            if (directory is null)
            {
                return new LabArguments([], false, false, "--corpus needs a directory");
            }

            if (directory.Length == 0)
            {
                rest.Add(args[i]);
                continue;
            }

            if (!Directory.Exists(directory))
            {
                return new LabArguments([], false, false, $"corpus directory '{directory}' does not exist");
            }

            Environment.SetEnvironmentVariable(CorpusLocator.CorpusVariable, Path.GetFullPath(directory));
        }

        bool jobGiven = rest.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        bool artifactsGiven = rest.Any(a => a is "--artifacts" || a.StartsWith("--artifacts=", StringComparison.Ordinal));
        return new LabArguments([.. rest], jobGiven, artifactsGiven, null);
    }
}
