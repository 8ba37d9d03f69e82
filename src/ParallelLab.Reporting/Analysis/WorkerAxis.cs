using System.Globalization;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// Where a case says how many workers it used (<see cref="BenchmarkConventions"/>): a worker
/// parameter (threads, processes, ranks, <c>-j</c>), else the job's OMP_NUM_THREADS (native BLAS,
/// one job per thread count).
/// </summary>
public static class WorkerAxis
{
    /// <summary>The axis's name and the case's worker count, or null when the case has no worker count.</summary>
    public static (string Axis, int Workers)? Of(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (string name in BenchmarkConventions.WorkerParameters)
        {
            if (result.Parameters.TryGetValue(name, out string? value) && TryCount(value, out int workers))
            {
                return (name, workers);
            }
        }

        return result.JobEnvironment.TryGetValue(BenchmarkConventions.ThreadsVariable, out string? threads) && TryCount(threads, out int count)
            ? (BenchmarkConventions.ThreadsVariable, count)
            : null;
    }

    /// <summary>The workers a case really runs: one for a serial part or a case without a worker count, else its count.</summary>
    public static int Running(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return BenchmarkConventions.IsSerialPart(result.Method) ? 1 : Of(result)?.Workers ?? 1;
    }

    /// <summary>True when others left the case fewer cores than it could use (<see cref="Core.Machine.MachineLoad.Contended"/>).</summary>
    public static bool Contended(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Load?.Contended(Running(result)) == true;
    }

    private static bool TryCount(string text, out int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1;
}
