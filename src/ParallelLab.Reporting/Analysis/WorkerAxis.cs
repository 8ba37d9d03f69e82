using System.Globalization;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// Where a case says how many workers it used (<see cref="BenchmarkConventions"/>): the parameter
/// or job variable the user named (<see cref="ScalingConventions.Axis"/>); else the one integer
/// parameter whose name counts workers (Threads, ThreadCount, DegreeOfParallelism, …); else a job
/// variable that sets a thread count (OMP_NUM_THREADS, DOTNET_PROCESSOR_COUNT, …). Two parameters
/// that both look like worker counts name no axis: which one scales is the user's to say.
/// </summary>
public static class WorkerAxis
{
    /// <summary>The axis's name and the case's worker count, or null when the case has no worker count.</summary>
    public static (string Axis, int Workers)? Of(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Conventions.Axis is { } named)
        {
            return Counted(result.Parameters, named) ?? Counted(result.JobEnvironment, named);
        }

        (string, int)[] parameters = [.. result.Parameters.Keys.Where(BenchmarkConventions.IsWorkerName).Select(name => Counted(result.Parameters, name)).OfType<(string, int)>()];
        if (parameters.Length > 0)
        {
            return parameters.Length == 1 ? parameters[0] : null;
        }

        // The lab's BLAS jobs set OMP_NUM_THREADS and OPENBLAS_NUM_THREADS alike: one axis, the first by preference.
        (string Name, int Count)[] variables = [.. BenchmarkConventions.WorkerVariables.Select(name => Counted(result.JobEnvironment, name)).OfType<(string, int)>()];
        return variables.Select(v => v.Count).Distinct().Count() == 1 ? variables[0] : null;
    }

    /// <summary>The workers a case really runs: one for a serial part or a case without a worker count, else its count.</summary>
    public static int Running(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return BenchmarkConventions.IsSerialPart(result) ? 1 : Of(result)?.Workers ?? 1;
    }

    /// <summary>True when others left the case fewer cores than it could use (<see cref="Core.Machine.MachineLoad.Contended"/>).</summary>
    public static bool Contended(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Load?.Contended(Running(result)) == true;
    }

    /// <summary>The entry of this name (any case) and its whole-number value of at least 1, as written in the result.</summary>
    private static (string Name, int Count)? Counted(IReadOnlyDictionary<string, string> values, string name)
    {
        foreach ((string key, string text) in values)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count >= 1)
            {
                return (key, count);
            }
        }

        return null;
    }
}
