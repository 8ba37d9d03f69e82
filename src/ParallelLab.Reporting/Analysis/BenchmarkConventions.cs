using System.Text.RegularExpressions;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// The contract between a benchmark class and the report, in one place: the names by which the
/// report finds a case's worker count (the x axis), its kernel (the overview's grouping), its
/// serial baseline and the methods that time a serial part (left out of the overview). The lab's
/// classes use the short names (Workers, Jobs, Ranks, Threads); anyone's class is understood by
/// the names people give a thread count (ThreadCount, DegreeOfParallelism, …), by a job's
/// thread-count environment variable, or by what the user names (<see cref="ScalingConventions"/>).
/// </summary>
public static partial class BenchmarkConventions
{
    public const string Workers = "Workers";
    public const string Jobs = "Jobs";
    public const string Ranks = "Ranks";
    public const string Threads = "Threads";

    /// <summary>The lab's own worker parameters: threads, <c>-j</c> jobs, MPI ranks, BLAS threads. A class has at most one.</summary>
    public static IReadOnlyList<string> WorkerParameters { get; } = [Workers, Jobs, Ranks, Threads];

    /// <summary>A job's environment variable that counts workers (native BLAS: one job per thread count).</summary>
    public const string ThreadsVariable = "OMP_NUM_THREADS";

    /// <summary>
    /// Job environment variables that set how many threads a process uses, in order of preference
    /// when a job sets several to the same count (the lab sets OMP_NUM_THREADS and OPENBLAS_NUM_THREADS together).
    /// </summary>
    public static IReadOnlyList<string> WorkerVariables { get; } =
        [ThreadsVariable, "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "DOTNET_PROCESSOR_COUNT", "DOTNET_GCHeapCount"];

    /// <summary>The workload that names the lab's own benchmarks; only their reports show the lesson's pictures.</summary>
    public const string LabNamespace = "ParallelLab.Benchmarks";

    /// <summary>True for one of the lab's own benchmarks (<see cref="LabNamespace"/>).</summary>
    public static bool IsLabsOwn(BenchmarkResult result) => result.Namespace == LabNamespace;

    /// <summary>The parameter that names the kernel a case runs, so that every paradigm on one kernel meets in one overview chart.</summary>
    public const string Kernel = "Work";

    public const string Serial = "Serial";
    public const string Sequential = "Sequential";
    public const string Merge = "Merge";

    /// <summary>
    /// Methods that time a serial part beside the parallel ones: the baselines (<c>Serial</c>,
    /// <c>Sequential</c>) and the merge after a parallel phase (<c>Merge</c>). They carry their
    /// class's worker parameter without using it. A scaling class's baseline method has one of these names.
    /// </summary>
    public static IReadOnlyList<string> SerialMethods { get; } = [Serial, Sequential, Merge];

    /// <summary>The serial baselines by name (not the merge): what a paradigm's speedup against serial, T(serial)/T(p), divides.</summary>
    public static IReadOnlyList<string> BaselineMethods { get; } = [Serial, Sequential];

    /// <summary>True for a name people give a worker count: Threads, ThreadCount, Workers, DegreeOfParallelism, MaxDegreeOfParallelism, Parallelism, Cores, Processes, Ranks, Jobs, Tasks, … (any case).</summary>
    public static bool IsWorkerName(string name) => WorkerName().IsMatch(name);

    /// <summary>True for a job variable that sets a thread count (<see cref="WorkerVariables"/>, any case).</summary>
    public static bool IsWorkerVariable(string name) => WorkerVariables.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static bool IsSerialPart(string method) => SerialMethods.Contains(method, StringComparer.Ordinal);

    /// <summary>
    /// True for a case that is its class's serial baseline: marked <c>[Benchmark(Baseline = true)]</c>
    /// (recorded by the lab's BenchmarkDotNet configuration), the method the user named, or, when
    /// the user named none, a method called <c>Serial</c> or <c>Sequential</c>.
    /// </summary>
    public static bool IsBaseline(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Conventions.BaselineMethod is { } named
            ? result.Method == named
            : result.MarkedBaseline || BaselineMethods.Contains(result.Method, StringComparer.Ordinal);
    }

    /// <summary>True for a case that times a serial part: a baseline (<see cref="IsBaseline"/>) or a merge.</summary>
    public static bool IsSerialPart(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return IsBaseline(result) || result.Method == Merge;
    }

    // Worker, Workers, WorkerCount, Thread(s)(Count), NumThreads, ThreadsCount, Job(s), Rank(s),
    // Process(es), Core(s), Task(s), Parallelism, DegreeOfParallelism, MaxDegreeOfParallelism,
    // MaxParallelism, Concurrency: the names in use for "how many run at once".
    [GeneratedRegex("^(num|max)?_?(workers?|threads?|jobs?|ranks?|process(es)?|procs?|cores?|tasks?|parallelism|degreeofparallelism|concurrency)_?(count)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WorkerName();
}
