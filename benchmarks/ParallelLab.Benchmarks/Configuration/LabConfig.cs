using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using ParallelLab.BenchmarkDotNet;

namespace ParallelLab.Benchmarks.Configuration;

/// <summary>
/// The lab's shared configuration: a short job that suits a workstation (unless <c>--job</c>
/// asks for another), the scaling analysis of ParallelLab.BenchmarkDotNet (the full JSON that the
/// reporter reads, the machine's load recorded with every case, Speedup and Efficiency), cases run in a shuffled order
/// (<see cref="ShuffledOrderer"/>), and results under <c>reports/benchmarks</c> of the checkout.
/// </summary>
internal static class LabConfig
{
    /// <summary>
    /// One launch, two warm-ups, six measured iterations: seconds per case, not minutes. Server GC:
    /// with the workstation GC, allocation-heavy work (tokenising whole books) on parallel threads
    /// spends a third of its time paused for collections, which would be measured as poor scaling.
    /// </summary>
    public static Job WorkstationJob { get; } = Job.Default
        .WithGcServer(true)
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(6)
        .WithId("Workstation");

    /// <summary>
    /// The main job's profile (<c>--quick</c>): every class in about ten minutes on two cores. One
    /// operation per iteration, no pilot or overhead stages (BenchmarkDotNet's Monitoring strategy,
    /// made for operations of milliseconds and more), one warm-up and three measured iterations in
    /// each of two processes: times differ from process to process (memory layout, JIT, the disk)
    /// by more than within one, and a comparison of two runs must see that spread.
    /// </summary>
    public static Job QuickJob { get; } = Job.Default
        .WithGcServer(true)
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(2)
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithId("Quick");

    /// <summary>The job every class runs unless <c>--job</c> names another.</summary>
    public static Job BaseJob => LabProfile.IsQuick ? QuickJob : WorkstationJob;

    public static IConfig Create(LabArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        // The scaling analysis is the one anyone's benchmarks get from ParallelLab.BenchmarkDotNet, with its
        // report after each class; run-benchmarks.sh also writes one report for the whole run.
        ManualConfig config = DefaultConfig.Instance
            .AddScaling()
            .AddColumn(new CorpusThroughputColumn())
            .AddValidator(new ScalingConventionsValidator())
            .AddEventProcessor(new RunNote($"// ParallelLab: each class runs its cases in a shuffled order, seed {arguments.OrderSeed} (--order-seed {arguments.OrderSeed} repeats it); the machine's load is recorded with every case"))
            .WithOrderer(new ShuffledOrderer(arguments.OrderSeed));
        if (!arguments.JobGiven)
        {
            config.AddJob(BaseJob.AsDefault());
        }

        // A config's filters must all pass (the command line's --filter is one of them).
        if (arguments.Within.Count > 0)
        {
            config.AddFilter(new GlobFilter([.. arguments.Within]));
        }

        string? repository = RepositoryRoot();
        if (!arguments.ArtifactsGiven && repository is not null)
        {
            config.ArtifactsPath = Path.Combine(repository, "reports", "benchmarks");
        }

        return config;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParallelLab.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
