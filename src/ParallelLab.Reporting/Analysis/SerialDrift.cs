using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// How far the machine's speed moved during a run, read off a scaling group's serial baseline: a
/// class runs its serial method once per worker count, though it uses none, so those runs are the
/// same work measured at different times. When the slowest took clearly longer than the fastest,
/// the machine itself changed (another virtual machine on the same host, a frequency change), and
/// the group's points, each measured at its own time, differ by as much for no reason of their own.
/// The guest cannot see this: no process of its own took the cores, and the hypervisor need not
/// report it as steal time.
/// </summary>
/// <param name="FastestMean">The fastest run's mean time, in nanoseconds.</param>
/// <param name="SlowestMean">The slowest run's mean time, in nanoseconds.</param>
/// <param name="Low">The lower end of the 95 % interval of slowest / fastest.</param>
public sealed record SerialDrift(double FastestMean, double SlowestMean, double Low)
{
    /// <summary>
    /// Differences between runs up to this are a process's own luck (memory layout, code placement,
    /// what the JIT chose), which BenchmarkDotNet sees between launches of one case too.
    /// </summary>
    public const double Tolerance = 0.15;

    /// <summary>Slowest / fastest mean.</summary>
    public double Ratio => SlowestMean / FastestMean;

    /// <summary>True when the runs differ by more than <see cref="Tolerance"/> and by more than their own noise (the interval excludes 1).</summary>
    public bool Significant => Ratio > 1 + Tolerance && Low > 1;

    /// <summary>The spread among the serial runs that have an interval (two or more iterations), or null with fewer than two such runs.</summary>
    public static SerialDrift? Of(IEnumerable<BenchmarkResult> serialRuns)
    {
        ArgumentNullException.ThrowIfNull(serialRuns);
        BenchmarkResult[] runs = [.. serialRuns.Where(r => r.Nanoseconds.Count >= 2)];
        if (runs.Length < 2)
        {
            return null;
        }

        BenchmarkResult fastest = runs.MinBy(r => r.Nanoseconds.Average())!;
        BenchmarkResult slowest = runs.MaxBy(r => r.Nanoseconds.Average())!;
        (double low, _) = RatioInterval.Of(slowest.Nanoseconds, fastest.Nanoseconds);
        return new SerialDrift(fastest.Nanoseconds.Average(), slowest.Nanoseconds.Average(), low);
    }
}
