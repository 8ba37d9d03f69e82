using System.Text.Json;

namespace ParallelLab.Reporting.Tests.History;

/// <summary>
/// Synthetic histories with this lab's real noise: each commit's iterations are one of 36 measured
/// runs of an unchanged case (Fixtures/same-commit-runs.json), drawn at random, scaled by the
/// commit's true speed. Between-run drift and within-run spread both come from the measurements.
/// </summary>
internal static class SameCommitNoise
{
    private static readonly Lazy<(double Median, double[][] Runs)> Fixture = new(() =>
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "same-commit-runs.json")));
        double median = json.RootElement.GetProperty("pooledMedianNanoseconds").GetDouble();
        double[][] runs = [.. json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray())];
        return (median, runs);
    });

    public static int RunCount => Fixture.Value.Runs.Length;

    /// <summary>Iterations (ns) for each of <paramref name="commits"/> commits, commit c running <paramref name="speed"/>(c) times as long as the measured case.</summary>
    /// <remarks>With <paramref name="runsPerCommit"/> above 1, a commit's iterations pool that many runs, as when a commit is measured in several processes.</remarks>
    public static double[][] History(int commits, Func<int, double> speed, int seed, int runsPerCommit = 1)
    {
        var random = new Random(seed);
        (double median, double[][] runs) = Fixture.Value;
        return [.. Enumerable.Range(0, commits).Select(c => Enumerable.Range(0, runsPerCommit).SelectMany(_ => runs[random.Next(runs.Length)]).Select(v => v * median * speed(c)).ToArray())];
    }

    /// <summary>A step: commits from <paramref name="at"/> on take 1 + <paramref name="step"/> times as long.</summary>
    public static double[][] Step(int commits, int at, double step, int seed, int runsPerCommit = 1) => History(commits, c => c >= at ? 1 + step : 1, seed, runsPerCommit);
}
