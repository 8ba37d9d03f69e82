using System.Reflection;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using ParallelLab.Core.Machine;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// Records, for every case, what else the machine did while it ran, so that a number measured on
/// a busy machine is known as such (<see cref="LabMetrics"/>). Two windows, because
/// BenchmarkDotNet attaches a diagnoser to the last launch only:
/// <list type="bullet">
/// <item>the whole case, every launch (from the event <see cref="OnStartRunBenchmark"/> to
/// <see cref="ProcessResults"/>, which BenchmarkDotNet calls right after the last launch): the
/// cores other processes and the hypervisor took, and the load average;</item>
/// <item>the measured iterations of the last launch (the signals before and after the actual
/// run, which the benchmark process waits on): the cores the case itself got.</item>
/// </list>
/// Around every case it also probes how many cores' worth of work the machine gives threads on
/// all usable cores (<see cref="ParallelCapacity"/>), before the case and after it, while no
/// benchmark runs: a host that runs the virtual CPUs by turns takes nothing the guest can count.
/// It also numbers the cases in the order they ran, marks the baseline, and marks the cases of a
/// <see cref="CostAgainstWorkersAttribute"/> class.
/// </summary>
internal sealed class MachineLoadRecorder : EventProcessor, IDiagnoser
{
    private static readonly LabMetricDescriptor Others = new(LabMetrics.OtherCores, "Others' cores", "CPU cores other processes used while the case ran (/proc/stat; the larger of all launches and the measured iterations)", _ => true);
    private static readonly LabMetricDescriptor Steal = new(LabMetrics.StealCores, "Steal", "CPU cores the hypervisor took while the case ran", v => v >= 0.01);
    private static readonly LabMetricDescriptor Withheld = new(LabMetrics.WithheldCores, "Withheld", "CPU cores the host did not give threads spinning on every usable core, probed before and after the case (the worse)", v => v >= 0.01);
    private static readonly LabMetricDescriptor Load = new(LabMetrics.LoadAverage, "Load", "One-minute load average at the end of the case", _ => false);
    private static readonly LabMetricDescriptor Own = new(LabMetrics.OwnCores, "Cores used", "CPU time of the benchmark's processes over wall time, measured iterations of the last launch", _ => true);
    private static readonly LabMetricDescriptor Seconds = new(LabMetrics.Seconds, "Seconds", "Wall seconds over which the others' cores were measured", _ => false);
    private static readonly LabMetricDescriptor Cores = new(LabMetrics.Cores, "Cores", "The machine's CPUs", _ => false);
    private static readonly LabMetricDescriptor Usable = new(LabMetrics.UsableCores, "Usable cores", "The CPUs the benchmark could use", _ => false);
    private static readonly LabMetricDescriptor Order = new(LabMetrics.RunOrder, "Run order", "The case's place in its class's (shuffled) run order", _ => false);
    private static readonly LabMetricDescriptor Baseline = new(LabMetrics.Baseline, "Baseline", "1: the case is marked [Benchmark(Baseline = true)]", _ => false);
    private static readonly LabMetricDescriptor Cost = new(LabMetrics.CostAgainstWorkers, "Cost", "1: the class measures a cost against workers, not a speedup", _ => false);

    private readonly object _gate = new();
    private readonly Dictionary<BenchmarkCase, CaseWindows> _cases = [];
    private int _runOrder;

    public IEnumerable<string> Ids => [nameof(MachineLoadRecorder)];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    public override void OnStartRunBenchmarksInType(Type type, IReadOnlyList<BenchmarkCase> benchmarks)
    {
        lock (_gate)
        {
            _runOrder = 0;
        }
    }

    public override void OnStartRunBenchmark(BenchmarkCase benchmarkCase)
    {
        double withheld = ParallelCapacity.Withheld(UsableCores);
        CpuSample start = CpuSample.Take([Environment.ProcessId]);
        lock (_gate)
        {
            _cases[benchmarkCase] = new CaseWindows(start, ++_runOrder) { WithheldBefore = withheld };
        }
    }

    private static int UsableCores => Environment.ProcessorCount;

    /// <summary>A case whose last launch failed never reaches <see cref="ProcessResults"/>: forget it here.</summary>
    public override void OnEndRunBenchmark(BenchmarkCase benchmarkCase, BenchmarkReport report)
    {
        lock (_gate)
        {
            _cases.Remove(benchmarkCase);
        }
    }

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (signal is not (HostSignal.BeforeActualRun or HostSignal.AfterActualRun) || parameters.Process is null)
        {
            return;
        }

        CpuSample sample = CpuSample.Take([parameters.Process.Id]);
        lock (_gate)
        {
            if (!_cases.TryGetValue(parameters.BenchmarkCase, out CaseWindows? windows))
            {
                // In process, without the run events (a toolchain that skips them): the case starts here.
                windows = _cases[parameters.BenchmarkCase] = new CaseWindows(sample, ++_runOrder);
            }

            if (signal == HostSignal.BeforeActualRun)
            {
                windows.MeasuredStart = sample;
            }
            else if (windows.MeasuredStart is { } measuredStart)
            {
                windows.Measured = MachineLoad.Between(measuredStart, sample, UsableCores);
            }
        }
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        CpuSample end = CpuSample.Take([Environment.ProcessId]);
        double withheldAfter = ParallelCapacity.Withheld(UsableCores);
        CaseWindows? windows;
        lock (_gate)
        {
            _cases.Remove(results.BenchmarkCase, out windows);
        }

        // BenchmarkDotNet's JSON does not say which method is the baseline: the metric carries it to parallellab report.
        if (results.BenchmarkCase.Descriptor.Baseline)
        {
            yield return Baseline.Of(1);
        }

        if (windows is null)
        {
            yield break;
        }

        MachineLoad whole = MachineLoad.Between(windows.Start, end, UsableCores);
        // A burst during the measured iterations must not be thinned out by the rest of the case,
        // when that window is long enough to tell.
        MachineLoad? measured = windows.Measured is { Known: true } m ? m : null;
        yield return Others.Of(Math.Max(whole.OtherCores, measured?.OtherCores ?? 0));
        yield return Steal.Of(Math.Max(whole.StealCores, measured?.StealCores ?? 0));
        yield return Withheld.Of(Math.Max(windows.WithheldBefore ?? 0, withheldAfter));
        yield return Load.Of(whole.LoadAverage);
        yield return Seconds.Of(whole.WallSeconds);
        yield return Cores.Of(whole.LogicalCores);
        yield return Usable.Of(whole.UsableCores);
        yield return Own.Of(windows.Measured?.OwnCores ?? double.NaN);
        // The report says the order was shuffled where it finds the order: record it only then.
        if (results.BenchmarkCase.Config.Orderer is ShuffledOrderer)
        {
            yield return Order.Of(windows.RunOrder);
        }
        if (results.BenchmarkCase.Descriptor.Type.GetCustomAttribute<CostAgainstWorkersAttribute>() is not null)
        {
            yield return Cost.Of(1);
        }
    }

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    private sealed class CaseWindows(CpuSample start, int runOrder)
    {
        public CpuSample Start { get; } = start;

        public int RunOrder { get; } = runOrder;

        /// <summary>The cores the probe found withheld before the case; null for a case that started without the run events.</summary>
        public double? WithheldBefore { get; init; }

        public CpuSample? MeasuredStart { get; set; }

        public MachineLoad? Measured { get; set; }
    }
}
