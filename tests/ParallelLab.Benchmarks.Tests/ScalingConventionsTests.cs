using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using ParallelLab.Benchmarks.Configuration;

namespace ParallelLab.Benchmarks.Tests;

/// <summary>The report's conventions hold for every benchmark class of the lab, and a class that breaks them is refused before it runs.</summary>
public class ScalingConventionsTests
{
    private static string[] LabClassNames => [.. typeof(LabConfig).Assembly.GetTypes()
        .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
        .Select(t => t.FullName!)];

    public static TheoryData<string> LabClasses => [.. LabClassNames];

    [Theory]
    [MemberData(nameof(LabClasses))]
    public void Every_lab_benchmark_class_keeps_the_reports_conventions(string className)
    {
        Type type = typeof(LabConfig).Assembly.GetType(className)!;

        Assert.Empty(ScalingConventionsValidator.Problems(Cases(type)));
    }

    [Fact]
    public void The_lab_has_the_classes_the_report_expects()
    {
        Assert.Equal(
            ["CpuThreads", "EngineOverhead", "Engines", "GlobalLock", "IoThreads", "MpiMessages", "MpiRanks", "MpichRanks", "MpichStartup", "NativeBlas", "PoolStartup", "ProcessPool", "Serial", "Workflow"],
            LabClassNames.Select(name => name.Split('.')[^1]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(typeof(WorkerCountUnderAnotherName), "parameter 'ThreadCount' looks like a worker count; name it one of Workers, Jobs, Ranks, Threads")]
    [InlineData(typeof(KernelUnderAnotherName), "parameter 'Kernel' looks like the kernel a case runs; name it Work")]
    [InlineData(typeof(NoSingleWorker), "Workers has no value 1, the reference every speedup is measured against")]
    [InlineData(typeof(TwoAxes), "more than one worker count (Workers, Ranks); a scaling class has one axis")]
    [InlineData(typeof(BaselineUnderAnotherName), "baseline method 'Reference' of a scaling class must be named one of Serial, Sequential, Merge")]
    public void A_class_that_breaks_a_convention_is_refused_with_the_reason(Type type, string reason)
    {
        ValidationError error = Assert.Single(new ScalingConventionsValidator().Validate(new ValidationParameters(Cases(type), DefaultConfig.Instance.CreateImmutableConfig())));

        Assert.True(error.IsCritical);
        Assert.StartsWith($"{type.Name}: {reason}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_without_the_thread_variable_beside_the_thread_jobs_is_no_breach()
    {
        // "--job dry" adds BenchmarkDotNet's Dry job to NativeBlas's OMP_NUM_THREADS jobs: it has no thread count, and the report leaves it out.
        IConfig config = ManualConfig.Create(LabConfig.Create(LabArguments.Extract(["--job", "dry"]))).AddJob(Job.Dry);

        Assert.Empty(ScalingConventionsValidator.Problems(BenchmarkConverter.TypeToBenchmarks(typeof(NativeBlas), config).BenchmarksCases));
    }

    [Fact]
    public void A_filter_that_leaves_out_the_one_worker_case_is_no_breach()
    {
        // './run-benchmarks.sh "*PoolStartup.StartAndStop*(Workers: 2)"': the class declares 1, the run measures 2 only.
        BenchmarkCase[] two = [.. Cases(typeof(PoolStartup)).Where(c => c.Parameters["Workers"] is 2 && c.Descriptor.WorkloadMethod.Name == nameof(PoolStartup.StartAndStop))];

        Assert.Single(two);
        Assert.Empty(new ScalingConventionsValidator().Validate(new ValidationParameters(two, DefaultConfig.Instance.CreateImmutableConfig())));
        // Without the declared cases, the same one case looks like a class with no reference.
        Assert.Contains("Workers has no value 1", Assert.Single(ScalingConventionsValidator.Problems(two)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_thread_axis_from_the_command_lines_jobs_is_counted_as_the_run_has_it()
    {
        // '-- --envVars OMP_NUM_THREADS:1' and ':2' on a class without a worker parameter: the
        // class declares no thread count of its own, the run's jobs do, and they include 1.
        IConfig withOne = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithEnvironmentVariable("OMP_NUM_THREADS", "1").WithId("t1"))
            .AddJob(Job.Dry.WithEnvironmentVariable("OMP_NUM_THREADS", "2").WithId("t2"));
        IConfig withoutOne = ManualConfig.CreateEmpty().AddJob(Job.Dry.WithEnvironmentVariable("OMP_NUM_THREADS", "2").WithId("t2"));

        Assert.Empty(Validate(typeof(NoWorkerParameter), withOne));
        Assert.Contains("OMP_NUM_THREADS has no value 1", Assert.Single(Validate(typeof(NoWorkerParameter), withoutOne)).Message, StringComparison.Ordinal);

        static ValidationError[] Validate(Type type, IConfig config) =>
            [.. new ScalingConventionsValidator().Validate(new ValidationParameters(BenchmarkConverter.TypeToBenchmarks(type, config).BenchmarksCases, config.CreateImmutableConfig()))];
    }

    [Fact]
    public void The_lab_configuration_runs_the_validator()
    {
        IConfig config = LabConfig.Create(LabArguments.Extract([]));

        Assert.Contains(config.GetValidators(), v => v is ScalingConventionsValidator);
    }

    private static BenchmarkCase[] Cases(Type type) => BenchmarkConverter.TypeToBenchmarks(type, LabConfig.Create(LabArguments.Extract([]))).BenchmarksCases;

    public class NoWorkerParameter
    {
        private readonly int _work = 1;

        [Benchmark]
        public int Run() => _work;
    }

    public class WorkerCountUnderAnotherName
    {
        [Params(1, 2)]
        public int ThreadCount { get; set; }

        [Benchmark]
        public int Run() => ThreadCount;
    }

    public class KernelUnderAnotherName
    {
        [Params("acf", "wordcount")]
        public string Kernel { get; set; } = "";

        [Benchmark]
        public int Run() => Kernel.Length;
    }

    public class NoSingleWorker
    {
        [Params(2, 4)]
        public int Workers { get; set; }

        [Benchmark]
        public int Run() => Workers;
    }

    public class TwoAxes
    {
        [Params(1, 2)]
        public int Workers { get; set; }

        [Params(1, 2)]
        public int Ranks { get; set; }

        [Benchmark]
        public int Run() => Workers * Ranks;
    }

    public class BaselineUnderAnotherName
    {
        [Params(1, 2)]
        public int Workers { get; set; }

        [Benchmark(Baseline = true)]
        public int Reference() => Workers / Workers;

        [Benchmark]
        public int Run() => Workers;
    }
}
