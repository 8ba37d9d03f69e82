using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// Refuses a benchmark class that breaks the report's <see cref="BenchmarkConventions"/>, before
/// anything runs (as dotnet/performance's MandatoryCategoryValidator refuses a class without a
/// category): a worker count under another name would make no scaling group, a count without 1 no
/// speedup, a baseline under another name a chart of a serial method as if it were a paradigm.
/// </summary>
internal sealed partial class ScalingConventionsValidator : IValidator
{
    public bool TreatsWarningsAsErrors => true;

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        foreach (IGrouping<Type, BenchmarkCase> type in validationParameters.Benchmarks.GroupBy(b => b.Descriptor.Type))
        {
            // A filter may leave out the one-worker case (a run of one worker count): the class
            // still declares it, and only a class that does not breaks the convention.
            foreach (string problem in Problems([.. type], BenchmarkConverter.TypeToBenchmarks(type.Key).BenchmarksCases))
            {
                yield return new ValidationError(isCritical: true, $"{type.Key.Name}: {problem}", type.First());
            }
        }
    }

    /// <summary>
    /// What is wrong with one class's cases; nothing when it keeps the conventions. The worker
    /// counts include those of <paramref name="declared"/>, the class's cases before any filter, when given.
    /// </summary>
    internal static IEnumerable<string> Problems(IReadOnlyList<BenchmarkCase> cases, IReadOnlyList<BenchmarkCase>? declared = null)
    {
        string[] parameters = [.. cases.SelectMany(c => c.Parameters.Items.Select(p => p.Name)).Distinct()];
        foreach (string name in parameters.Where(p => BenchmarkConventions.IsWorkerName(p) && !BenchmarkConventions.WorkerParameters.Contains(p)))
        {
            yield return $"parameter '{name}' looks like a worker count; name it one of {string.Join(", ", BenchmarkConventions.WorkerParameters)} as every class of the lab does";
        }

        foreach (string name in parameters.Where(p => KernelLike().IsMatch(p) && p != BenchmarkConventions.Kernel))
        {
            yield return $"parameter '{name}' looks like the kernel a case runs; name it {BenchmarkConventions.Kernel} so that the overview groups the paradigms by it";
        }

        string[] axes = [.. parameters.Where(BenchmarkConventions.WorkerParameters.Contains)];
        bool jobAxis = cases.Any(c => c.Job.Environment.EnvironmentVariables?.Any(v => v.Key == BenchmarkConventions.ThreadsVariable) == true);
        if (axes.Length + (jobAxis ? 1 : 0) > 1)
        {
            yield return $"more than one worker count ({string.Join(", ", jobAxis ? [.. axes, BenchmarkConventions.ThreadsVariable] : axes)}); a scaling class has one axis";
            yield break;
        }

        if (axes.Length == 0 && !jobAxis)
        {
            yield break;
        }

        // The run's cases and the declared ones: a thread axis may come from the command line's
        // jobs (--envVars), which the declared cases, made with the default config, do not have.
        BenchmarkCase[] counted = [.. cases, .. declared ?? []];
        int[] counts = axes.Length == 1
            ? [.. counted.Select(c => c.Parameters.Items.FirstOrDefault(p => p.Name == axes[0])?.Value).Select(v => v is int n ? n : -1).Distinct()]
            : [.. counted.SelectMany(c => c.Job.Environment.EnvironmentVariables?.Where(v => v.Key == BenchmarkConventions.ThreadsVariable) ?? [])
                .Select(v => int.TryParse(v.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1).Distinct()];
        string axis = axes.Length == 1 ? axes[0] : BenchmarkConventions.ThreadsVariable;
        if (counts.Any(n => n < 1))
        {
            yield return $"{axis} must be a whole number of at least 1 wherever it is set";
        }
        else if (!counts.Contains(1))
        {
            yield return $"{axis} has no value 1, the reference every speedup is measured against";
        }

        foreach (string method in cases.Where(c => c.Descriptor.Baseline).Select(c => c.Descriptor.WorkloadMethod.Name).Distinct())
        {
            if (!BenchmarkConventions.IsSerialPart(method))
            {
                yield return $"baseline method '{method}' of a scaling class must be named one of {string.Join(", ", BenchmarkConventions.SerialMethods)}, which the report keeps out of the paradigms' overview";
            }
        }
    }

    [GeneratedRegex("^(works?|kernels?|workloads?)$", RegexOptions.IgnoreCase)]
    private static partial Regex KernelLike();
}
