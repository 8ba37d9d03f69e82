namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// The contract between a benchmark class and the report, in one place: the names by which the
/// report finds a case's worker count (the x axis), its kernel (the overview's grouping) and the
/// methods that time a serial part (left out of the overview). The lab's benchmark classes use these
/// names, and its BenchmarkDotNet configuration refuses a class that breaks them
/// (<c>ScalingConventionsValidator</c>), so a rename cannot silently empty a report.
/// </summary>
public static class BenchmarkConventions
{
    public const string Workers = "Workers";
    public const string Jobs = "Jobs";
    public const string Ranks = "Ranks";
    public const string Threads = "Threads";

    /// <summary>Integer parameters that count workers: threads, <c>-j</c> jobs, MPI ranks, BLAS threads. A class has at most one.</summary>
    public static IReadOnlyList<string> WorkerParameters { get; } = [Workers, Jobs, Ranks, Threads];

    /// <summary>A job's environment variable that counts workers (native BLAS: one job per thread count).</summary>
    public const string ThreadsVariable = "OMP_NUM_THREADS";

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

    public static bool IsSerialPart(string method) => SerialMethods.Contains(method, StringComparer.Ordinal);

    /// <summary>The serial baselines (not the merge): what a paradigm's speedup against serial, T(serial)/T(p), divides.</summary>
    public static IReadOnlyList<string> BaselineMethods { get; } = [Serial, Sequential];

    public static bool IsBaseline(string method) => BaselineMethods.Contains(method, StringComparer.Ordinal);
}
