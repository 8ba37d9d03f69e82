using System.Globalization;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Tests.Analysis;

/// <summary>How the reporter finds the worker axis of anyone's benchmarks, and says when it cannot.</summary>
public class WorkerAxisTests
{
    [Theory]
    [InlineData("Threads")]
    [InlineData("ThreadCount")]
    [InlineData("threadcount")]
    [InlineData("Workers")]
    [InlineData("WorkerCount")]
    [InlineData("DegreeOfParallelism")]
    [InlineData("MaxDegreeOfParallelism")]
    [InlineData("Parallelism")]
    [InlineData("Cores")]
    [InlineData("Processes")]
    [InlineData("Ranks")]
    [InlineData("Jobs")]
    [InlineData("Tasks")]
    [InlineData("NumThreads")]
    [InlineData("num_threads")]
    public void A_parameter_named_as_people_name_a_worker_count_is_the_axis(string name)
    {
        BenchmarkResult[] results = [.. new[] { 1, 2, 4 }.Select(n => Case("Sum", "Parallel", new() { [name] = Text(n), ["Size"] = "1000" }, 100.0 / n))];

        ScalingGroup group = Assert.Single(ScalingGroup.From(results));

        Assert.Equal(name, group.Axis);
        Assert.Equal([1, 2, 4], group.Points.Select(p => p.Workers));
        Assert.Equal("Size=1000", group.Workload);
        Assert.Null(AxisDiagnosis.WhyNoScaling(results));
    }

    [Fact]
    public void The_labs_own_serial_classes_are_named_as_serial_not_asked_for_an_axis()
    {
        BenchmarkResult[] results =
        [
            Case("ParallelLab.Benchmarks.Serial", "WordCountCorpus", [], 100) with { Namespace = BenchmarkConventions.LabNamespace },
            Case("ParallelLab.Benchmarks.Serial", "AcfFastKernel", [], 1) with { Namespace = BenchmarkConventions.LabNamespace },
        ];

        Assert.Equal(
            "no scaling group: Serial measures serial work, with no worker count; speedups come from the classes that have one (CpuThreads, ProcessPool, Workflow, ...), e.g. ./run-benchmarks.sh '*CpuThreads*'",
            AxisDiagnosis.WhyNoScaling(results));
    }

    [Theory]
    [InlineData("Size")]
    [InlineData("Iterations")]
    [InlineData("ThreadLocal")]
    [InlineData("Workload")]
    [InlineData("BatchSize")]
    public void Other_integer_parameters_are_not_an_axis(string name)
    {
        BenchmarkResult[] results = [.. new[] { 1, 2, 4 }.Select(n => Case("Sum", "Parallel", new() { [name] = Text(n) }, 100))];

        Assert.Empty(ScalingGroup.From(results));
        Assert.StartsWith($"no worker axis (parameters seen: {name}=1|2|4; no job variables); name it with --axis NAME", AxisDiagnosis.WhyNoScaling(results));
    }

    [Theory]
    [InlineData("OMP_NUM_THREADS")]
    [InlineData("DOTNET_PROCESSOR_COUNT")]
    [InlineData("DOTNET_GCHeapCount")]
    [InlineData("MKL_NUM_THREADS")]
    public void A_jobs_thread_count_variable_is_the_axis_and_the_jobs_are_its_points(string variable)
    {
        BenchmarkResult[] results = [.. new[] { 1, 2 }.Select(n => Case("Blas", "Invert", [], 100.0 / n, job: $"threads{n}", environment: new() { [variable] = Text(n) }))];

        ScalingGroup group = Assert.Single(ScalingGroup.From(results));

        Assert.Equal(variable, group.Axis);
        Assert.Equal(string.Empty, group.Workload);
        Assert.Equal(2, ScalingAnalysis.Of(group, cores: 2)!.Points[1].Speedup, 6);
    }

    [Fact]
    public void Two_thread_variables_set_alike_are_one_axis_and_set_apart_are_none()
    {
        BenchmarkResult Job(int omp, int openblas) => Case("Blas", "Invert", [], 100.0 / omp, job: $"t{omp}-{openblas}", environment: new() { ["OMP_NUM_THREADS"] = Text(omp), ["OPENBLAS_NUM_THREADS"] = Text(openblas) });

        Assert.Equal(("OMP_NUM_THREADS", 2), WorkerAxis.Of(Job(2, 2)));
        Assert.Null(WorkerAxis.Of(Job(2, 1)));
    }

    [Fact]
    public void Two_parameters_that_look_like_worker_counts_name_no_axis_and_the_line_says_which()
    {
        BenchmarkResult[] results = [.. new[] { 1, 2 }.Select(n => Case("Pool", "Map", new() { ["Threads"] = Text(n), ["Tasks"] = "1000" }, 100.0 / n))];

        Assert.Empty(ScalingGroup.From(results));
        Assert.StartsWith("no worker axis: Tasks and Threads each look like a worker count; name the one that scales with --axis NAME", AxisDiagnosis.WhyNoScaling(results));

        BenchmarkResult[] named = [.. results.Select(r => r with { Conventions = new ScalingConventions(Axis: "threads") })];
        ScalingGroup group = Assert.Single(ScalingGroup.From(named));
        Assert.Equal("Threads", group.Axis);
        Assert.Equal("Tasks=1000", group.Workload);
    }

    [Fact]
    public void The_axis_the_user_names_may_be_any_integer_parameter_or_job_variable()
    {
        var named = new ScalingConventions(Axis: "Partitions");
        BenchmarkResult[] byParameter = [.. new[] { 1, 3 }.Select(n => Case("Sum", "Split", new() { ["Partitions"] = Text(n) }, 90.0 / n) with { Conventions = named })];
        BenchmarkResult[] byVariable = [.. new[] { 1, 3 }.Select(n => Case("Sum", "Env", [], 90.0 / n, job: $"j{n}", environment: new() { ["MY_POOL_SIZE"] = Text(n) }) with { Conventions = new ScalingConventions(Axis: "MY_POOL_SIZE") })];

        Assert.Equal("Partitions", Assert.Single(ScalingGroup.From(byParameter)).Axis);
        Assert.Equal("MY_POOL_SIZE", Assert.Single(ScalingGroup.From(byVariable)).Axis);
        Assert.Empty(ScalingGroup.From(byParameter.Select(r => r with { Conventions = new ScalingConventions(Axis: "Nope") })));
        Assert.Equal(
            "no case has a parameter or job variable 'Nope' holding a whole number of at least 1 (parameters seen: Partitions=1|3; no job variables)",
            AxisDiagnosis.WhyNoScaling([.. byParameter.Select(r => r with { Conventions = new ScalingConventions(Axis: "Nope") })]));
    }

    [Fact]
    public void An_axis_without_a_one_worker_case_is_said_to_lack_its_reference()
    {
        BenchmarkResult[] results = [.. new[] { 2, 4 }.Select(n => Case("Sum", "Parallel", new() { ["ThreadCount"] = Text(n) }, 100.0 / n))];

        Assert.Equal("no scaling group has a case at 1 worker, the reference every speedup divides (ThreadCount: 2, 4)", AxisDiagnosis.WhyNoScaling(results));
    }

    [Fact]
    public void The_baseline_is_the_marked_method_the_named_one_or_one_called_serial()
    {
        BenchmarkResult[] Class(string baselineMethod, bool marked) =>
        [
            .. new[] { 1, 2 }.Select(n => Case("Sum", baselineMethod, new() { ["ThreadCount"] = Text(n) }, 120, baseline: marked)),
            .. new[] { 1, 2 }.Select(n => Case("Sum", "Parallel", new() { ["ThreadCount"] = Text(n) }, 100.0 / n)),
        ];

        ScalingGroup marked = Assert.Single(ScalingGroup.From(Class("Loop", marked: true)));
        ScalingGroup[] unmarked = [.. ScalingGroup.From(Class("Loop", marked: false))];
        ScalingGroup named = Assert.Single(ScalingGroup.From(Class("Loop", marked: false).Select(r => r with { Conventions = new ScalingConventions(BaselineMethod: "Loop") })));
        ScalingGroup serial = Assert.Single(ScalingGroup.From(Class("Serial", marked: false)));

        Assert.Equal(2, marked.Serial.Count);
        Assert.Equal(1.2 * 2, ScalingAnalysis.Of(marked, 2)!.Points[1].AgainstSerial!.Value, 6);
        Assert.Equal(["Loop", "Parallel"], unmarked.Select(g => g.Case));
        Assert.All(unmarked, g => Assert.Empty(g.Serial));
        Assert.Equal(2, named.Serial.Count);
        Assert.Equal(2, serial.Serial.Count);
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static BenchmarkResult Case(string type, string method, Dictionary<string, string> parameters, double milliseconds, string job = "ShortRun", Dictionary<string, string>? environment = null, bool baseline = false) => new()
    {
        Type = type,
        Method = method,
        Parameters = parameters,
        JobId = job,
        JobEnvironment = environment ?? [],
        Nanoseconds = [milliseconds * 1e6, milliseconds * 1.01e6, milliseconds * 0.99e6],
        RunStarted = new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Local),
        Metrics = baseline ? new Dictionary<string, double> { [LabMetrics.Baseline] = 1 } : new Dictionary<string, double>(),
    };
}
