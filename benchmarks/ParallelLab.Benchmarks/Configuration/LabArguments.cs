using System.Globalization;
using ParallelLab.Core.Corpus;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// Splits the command line into ParallelLab's own options and BenchmarkDotNet's. The corpus is
/// handed to the benchmark processes through <see cref="CorpusLocator.CorpusVariable"/>, which
/// BenchmarkDotNet's child processes inherit; <c>--quick</c> through <see cref="LabProfile.QuickVariable"/>;
/// <c>--order-seed</c> seeds the shuffled run order (<see cref="ShuffledOrderer"/>), by default one
/// drawn for the run and printed. <c>--within GLOB</c> (repeatable) narrows BenchmarkDotNet's
/// <c>--filter</c>: a case runs only if it matches both, which BenchmarkDotNet's own globs, OR-ed
/// together, cannot say (run-benchmarks.sh needs it to run a user's filter one class at a time).
/// </summary>
internal sealed record LabArguments(string[] BenchmarkDotNetArguments, bool JobGiven, bool ArtifactsGiven, int OrderSeed, IReadOnlyList<string> Within, string? Error)
{
    public static LabArguments Extract(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = new List<string>(args.Length);
        var within = new List<string>();
        int seed = Random.Shared.Next(1, 1_000_000);
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--quick")
            {
                Environment.SetEnvironmentVariable(LabProfile.QuickVariable, "1");
                continue;
            }

            if (Value(args, ref i, "--order-seed") is { } seedText)
            {
                if (!int.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
                {
                    return Failed($"--order-seed needs a whole number, not '{seedText}'");
                }

                continue;
            }

            if (Value(args, ref i, "--within") is { } glob)
            {
                if (glob.Length == 0)
                {
                    return Failed("--within needs a glob over Namespace.Class.Method");
                }

                within.Add(glob);
                continue;
            }

            if (Value(args, ref i, "--corpus") is not { } directory)
            {
                rest.Add(args[i]);
                continue;
            }

            if (directory.Length == 0)
            {
                return Failed("--corpus needs a directory");
            }

            if (!Directory.Exists(directory))
            {
                return Failed($"corpus directory '{directory}' does not exist");
            }

            Environment.SetEnvironmentVariable(CorpusLocator.CorpusVariable, Path.GetFullPath(directory));
        }

        bool jobGiven = rest.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        bool artifactsGiven = rest.Any(a => a is "--artifacts" || a.StartsWith("--artifacts=", StringComparison.Ordinal));
        return new LabArguments([.. rest], jobGiven, artifactsGiven, seed, within, null);
    }

    private static LabArguments Failed(string error) => new([], false, false, 0, [], error);

    /// <summary>The value of <paramref name="name"/> at <paramref name="i"/> ("--name value" or "--name=value"; empty when missing), or null when another argument is there.</summary>
    private static string? Value(string[] args, ref int i, string name)
    {
        if (args[i] == name)
        {
            return i + 1 < args.Length ? args[++i] : string.Empty;
        }

        return args[i].StartsWith(name + "=", StringComparison.Ordinal) ? args[i][(name.Length + 1)..] : null;
    }
}
