using System.Globalization;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// Where a case says how many workers it used: a parameter named Workers, Jobs, Ranks or Threads
/// (threads, processes, ranks, <c>-j</c>), else the job's OMP_NUM_THREADS (native BLAS, one job per
/// thread count). A benchmark class that follows this convention needs no change to the reporter.
/// </summary>
public static class WorkerAxis
{
    public static IReadOnlyList<string> ParameterNames { get; } = ["Workers", "Jobs", "Ranks", "Threads"];

    public const string ThreadsVariable = "OMP_NUM_THREADS";

    /// <summary>The axis's name and the case's worker count, or null when the case has no worker count.</summary>
    public static (string Axis, int Workers)? Of(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (string name in ParameterNames)
        {
            if (result.Parameters.TryGetValue(name, out string? value) && TryCount(value, out int workers))
            {
                return (name, workers);
            }
        }

        return result.JobEnvironment.TryGetValue(ThreadsVariable, out string? threads) && TryCount(threads, out int count)
            ? (ThreadsVariable, count)
            : null;
    }

    /// <summary>
    /// Methods that time a serial part beside the parallel ones: the baselines (<c>Serial</c>,
    /// <c>Sequential</c>) and the merge after a parallel phase (<c>Merge</c>). They carry the
    /// worker parameter of their class without using it, so the overview leaves them out.
    /// </summary>
    public static IReadOnlyList<string> SerialMethods { get; } = ["Serial", "Sequential", "Merge"];

    public static bool IsSerialPart(string method) => SerialMethods.Contains(method, StringComparer.Ordinal);

    private static bool TryCount(string text, out int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1;
}
