using System.Globalization;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// Carries the BLAS thread count a benchmark process found in effect to the host process, which
/// shows it in the results table: the benchmark writes it to a small file named after the backend
/// and the requested count, and <see cref="ThreadsInEffectColumn"/> reads it back.
/// </summary>
internal static class ThreadsInEffect
{
    private static string Folder => Path.Combine(Path.GetTempPath(), "parallellab-threads-in-effect");

    public static void Record(string backend, int requested, int inEffect)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(FileOf(backend, requested), inEffect.ToString(CultureInfo.InvariantCulture));
    }

    public static string? Read(string backend, int requested)
    {
        string file = FileOf(backend, requested);
        return File.Exists(file) ? File.ReadAllText(file).Trim() : null;
    }

    private static string FileOf(string backend, int requested) => Path.Combine(Folder, $"{backend}-{requested}.txt");
}
