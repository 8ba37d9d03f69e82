using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// BenchmarkDotNet's cases as the reporter's <see cref="BenchmarkResult"/>s, made the way the
/// result-file reader makes them (<see cref="ResultFile.Case"/>), so that the columns, the report
/// after the run and <c>parallellab report</c> on the JSON later all analyse the same cases the same way.
/// </summary>
public static class ScalingCases
{
    private static readonly ConditionalWeakTable<Summary, Analysed> BySummary = [];

    /// <summary>The workers a case really runs: one for a serial part (its baseline), else its worker count, else one.</summary>
    public static int Running(BenchmarkCase benchmarkCase, ScalingOptions? options = null) =>
        WorkerAxis.Running(Of(benchmarkCase, report: null, options ?? ScalingOptions.Default, DateTime.MinValue, Environment.ProcessorCount));

    /// <summary>One case, with its measured iterations when <paramref name="report"/> has them.</summary>
    internal static BenchmarkResult Of(BenchmarkCase benchmarkCase, BenchmarkReport? report, ScalingOptions options, DateTime runStarted, int logicalCores)
    {
        var metrics = report?.Metrics.ToDictionary(m => m.Key, m => m.Value.Value, StringComparer.Ordinal) ?? new Dictionary<string, double>(StringComparer.Ordinal);
        if (benchmarkCase.Descriptor.Baseline)
        {
            metrics[LabMetrics.Baseline] = 1;
        }

        double[] nanoseconds = report is null
            ? []
            : [.. report.AllMeasurements.Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Result).Select(m => m.Nanoseconds / m.Operations)];
        return ResultFile.Case(
            benchmarkCase.Descriptor.Type.Namespace ?? string.Empty,
            TypeName(benchmarkCase.Descriptor.Type),
            benchmarkCase.Descriptor.WorkloadMethod.Name,
            benchmarkCase.Parameters.PrintInfo,
            benchmarkCase.DisplayInfo,
            nanoseconds,
            metrics,
            runStarted,
            logicalCores) with { Conventions = options.Conventions };
    }

    /// <summary>The class's name as BenchmarkDotNet's JSON writes it: "ParallelSum", "Sum&lt;Int32&gt;".</summary>
    private static string TypeName(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : type.Name;

    /// <summary>A finished run's cases and their scaling analyses, made once per summary for every column and the report.</summary>
    internal static Analysed Analyse(Summary summary, ScalingOptions options) =>
        BySummary.GetValue(summary, s => new Analysed(s, options));

    internal sealed class Analysed
    {
        private readonly Dictionary<BenchmarkCase, BenchmarkResult> _cases;
        private readonly Dictionary<BenchmarkCase, ScalingPoint> _points = [];

        public Analysed(Summary summary, ScalingOptions options)
        {
            int cores = summary.HostEnvironmentInfo.Cpu.Value?.LogicalCoreCount ?? Environment.ProcessorCount;
            DateTime started = DateTime.Now;
            var cases = _cases = summary.BenchmarksCases.ToDictionary(c => c, c => Of(c, summary[c], options, started, cores));
            var host = new HostEnvironment(
                summary.HostEnvironmentInfo.Cpu.Value?.ProcessorName ?? "unknown",
                cores,
                summary.HostEnvironmentInfo.Cpu.Value?.PhysicalCoreCount ?? 0,
                RuntimeInformation.OSDescription,
                summary.HostEnvironmentInfo.RuntimeVersion,
                summary.HostEnvironmentInfo.BenchmarkDotNetVersion);
            Results = ResultSet.Of(cases.Values.Where(r => r.Nanoseconds.Count > 0), host);
            Analyses = [.. ScalingGroup.From(Results.Results).Where(g => !g.MeasuresCost).Select(g => ScalingAnalysis.Of(g, cores)).OfType<ScalingAnalysis>()];
            // Two jobs may share an id: a key then names the first case, as the result files would keep one.
            var byKey = new Dictionary<string, BenchmarkCase>(StringComparer.Ordinal);
            foreach ((BenchmarkCase benchmarkCase, BenchmarkResult result) in cases)
            {
                byKey.TryAdd(result.Key, benchmarkCase);
            }

            foreach (ScalingAnalysis analysis in Analyses)
            {
                foreach (((int _, BenchmarkResult result), ScalingPoint point) in analysis.Group.Points.Zip(analysis.Points))
                {
                    _points[byKey[result.Key]] = point;
                }
            }

            HasAxis = cases.Values.Any(r => !BenchmarkConventions.IsSerialPart(r) && WorkerAxis.Of(r) is not null);
        }

        public ResultSet Results { get; }

        public IReadOnlyList<ScalingAnalysis> Analyses { get; }

        /// <summary>True when some case (not a baseline) has a worker count: the columns are worth showing.</summary>
        public bool HasAxis { get; }

        /// <summary>The case as the reporter sees it, with its recorded load; null for a case not in this summary.</summary>
        public BenchmarkResult? ResultOf(BenchmarkCase benchmarkCase) => _cases.GetValueOrDefault(benchmarkCase);

        /// <summary>The case's point in its scaling group, or null when it is in none (no axis, a baseline, no one-worker reference).</summary>
        public ScalingPoint? PointOf(BenchmarkCase benchmarkCase) => _points.GetValueOrDefault(benchmarkCase);

        public static string Format(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
    }
}
