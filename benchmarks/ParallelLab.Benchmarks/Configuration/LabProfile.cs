namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// Whether this run is the main job's quick profile. Held in an environment variable so the
/// benchmark processes BenchmarkDotNet starts see the same choice as the host.
/// </summary>
internal static class LabProfile
{
    public const string QuickVariable = "PARALLELLAB_QUICK";

    public static bool IsQuick => Environment.GetEnvironmentVariable(QuickVariable) == "1";
}
