using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Benchmarks.Workloads;

/// <summary>
/// A workload bound to its <see cref="EngineFamily{TWorkload, TResult}"/>, for code that chooses the
/// work at run time from a value, as a benchmark parameter does (CpuThreads' <c>Work</c> spans ACF
/// rows and word-count tables). Checking and merging stay typed inside; results come out as
/// objects only to be handed to BenchmarkDotNet, which consumes them without looking. Engines are
/// found by name on each call: a search of a handful of names, nanoseconds beside runs of milliseconds.
/// </summary>
internal abstract class BoundWorkload
{
    public static BoundWorkload Bind<TWorkload, TResult>(EngineFamily<TWorkload, TResult> family, TWorkload workload) =>
        new Bound<TWorkload, TResult>(family, workload);

    public abstract object Serial();

    public abstract object Run(string engine, int workers);

    /// <summary>Runs each named engine once at <paramref name="workers"/> and refuses a result that differs from serial.</summary>
    public abstract void CheckAgainstSerial(int workers, params IEnumerable<string> engines);

    /// <summary>Runs the parallel phase at <paramref name="workers"/> once, checked, so that <see cref="Merge"/> times the merge alone.</summary>
    public abstract void PrepareMerge(int workers);

    /// <summary>The serial step after the parallel phase that <see cref="PrepareMerge"/> ran.</summary>
    public abstract object Merge();

    private sealed class Bound<TWorkload, TResult>(EngineFamily<TWorkload, TResult> family, TWorkload workload) : BoundWorkload
    {
        private readonly Lazy<TResult> _expected = new(() => family.Serial(workload));
        private Func<TResult>? _merge;

        public override object Serial() => family.Serial(workload)!;

        public override object Run(string engine, int workers) => family[engine].Run(workload, workers)!;

        public override void CheckAgainstSerial(int workers, params IEnumerable<string> engines) =>
            family.CheckEngines(workload, _expected.Value, workers, engines.Select(name => family[name]));

        public override void PrepareMerge(int workers) => _merge = family.PrepareMerge(workload, _expected.Value, workers);

        public override object Merge() => (_merge ?? throw new InvalidOperationException("call PrepareMerge first"))()!;
    }
}
