using ParallelLab.Core.IO;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>--axis NAME</c> and <c>--baseline-method NAME</c>: what a user says about their own
/// benchmarks where the names alone cannot tell (<see cref="ScalingConventions"/>). Shared by every
/// command that reads results, so that <c>report</c>, <c>compare</c> and <c>history</c> agree.
/// </summary>
internal sealed class ConventionOptions
{
    public Option<string?> Axis { get; } = new("--axis")
    {
        Description = "The worker axis: an integer parameter's name or a job's environment variable (default: a parameter named like Threads, ThreadCount, Workers, DegreeOfParallelism, …, else OMP_NUM_THREADS and the like).",
    };

    public Option<string?> BaselineMethod { get; } = new("--baseline-method")
    {
        Description = "The serial method every speedup against serial divides (default: the method marked [Benchmark(Baseline = true)] where the run recorded it, else one named Serial or Sequential).",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Axis.Validators.Add(r => { if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string?>())) r.AddError("--axis needs the name of a parameter or a job's environment variable"); });
        BaselineMethod.Validators.Add(r => { if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string?>())) r.AddError("--baseline-method needs a method's name"); });
        command.Options.Add(Axis);
        command.Options.Add(BaselineMethod);
    }

    public ScalingConventions Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new ScalingConventions(parse.GetValue(Axis)?.Trim(), parse.GetValue(BaselineMethod)?.Trim());
    }

    /// <summary>Refuses an axis the user named that no case has: a misspelt name must not pass as "no scaling".</summary>
    public static void Check(ScalingConventions conventions, IReadOnlyList<BenchmarkResult> results)
    {
        if (AxisDiagnosis.MissingNamedAxis(conventions, results) is { } missing)
        {
            throw new InputException(missing);
        }
    }
}
