namespace ParallelLab.Paradigms.Engines;

/// <summary>
/// One kind of work and everything that computes it: the serial baseline, the engines, what "the
/// same result" means, and, for work with a parallel phase and then a merge, the merge on its
/// own. Timing reports and benchmarks of that work both start here, so an engine added to a family
/// appears in both.
/// </summary>
public sealed class EngineFamily<TWorkload, TResult>
{
    private readonly Func<TWorkload, TResult> _serial;
    private readonly Func<TResult, TResult, bool> _sameResult;
    private readonly Func<TWorkload, int, Func<TResult>>? _mergeStep;

    /// <param name="baseline">The baseline's name in reports: "serial", or "sequential" for I/O.</param>
    /// <param name="serial">The baseline: the work on one thread, the result every engine must equal.</param>
    /// <param name="sameResult">Whether two results are equal (exactly: no engine may round differently).</param>
    /// <param name="engines">The engines, in report order, with distinct names.</param>
    /// <param name="mergeStep">Runs the parallel phase and returns the serial step after it, to be timed alone.</param>
    public EngineFamily(
        string baseline,
        Func<TWorkload, TResult> serial,
        Func<TResult, TResult, bool> sameResult,
        IEnumerable<Engine<TWorkload, TResult>> engines,
        Func<TWorkload, int, Func<TResult>>? mergeStep = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseline);
        ArgumentNullException.ThrowIfNull(serial);
        ArgumentNullException.ThrowIfNull(sameResult);
        ArgumentNullException.ThrowIfNull(engines);
        Baseline = baseline;
        _serial = serial;
        _sameResult = sameResult;
        _mergeStep = mergeStep;
        Engines = [.. engines];
        Names = [.. Engines.Select(e => e.Name)];
        if (Names.Distinct(StringComparer.Ordinal).Count() != Names.Count)
        {
            throw new ArgumentException($"engine names must be distinct: {string.Join(", ", Names)}", nameof(engines));
        }
    }

    public string Baseline { get; }

    public IReadOnlyList<Engine<TWorkload, TResult>> Engines { get; }

    public IReadOnlyList<string> Names { get; }

    public Engine<TWorkload, TResult> this[string name] =>
        Engines.FirstOrDefault(e => e.Name == name)
        ?? throw new ArgumentException($"unknown engine '{name}' (known: {string.Join(", ", Names)})", nameof(name));

    public TResult Serial(TWorkload workload) => _serial(workload);

    /// <summary>Refuses to go on (a wrong answer is not worth timing) unless <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
    public void Check(TResult expected, TResult actual, string engine, int workers)
    {
        if (!_sameResult(expected, actual))
        {
            throw new ParadigmException($"{engine} with {workers} workers gave a result that differs from {Baseline}");
        }
    }

    /// <summary>Runs each engine once at <paramref name="workers"/> and checks its result against <paramref name="expected"/>.</summary>
    public void CheckEngines(TWorkload workload, TResult expected, int workers, IEnumerable<Engine<TWorkload, TResult>> engines)
    {
        ArgumentNullException.ThrowIfNull(engines);
        foreach (Engine<TWorkload, TResult> engine in engines)
        {
            Check(expected, engine.Run(workload, workers), engine.Name, workers);
        }
    }

    /// <summary>
    /// Runs the parallel phase at <paramref name="workers"/> and returns the serial step that
    /// follows it (averaging rows, merging tables), checked once against <paramref name="expected"/>.
    /// </summary>
    public Func<TResult> PrepareMerge(TWorkload workload, TResult expected, int workers)
    {
        Func<TResult> merge = _mergeStep?.Invoke(workload, workers)
            ?? throw new InvalidOperationException($"the {Baseline} work of this family has no separate merge step");
        Check(expected, merge(), "merge", workers);
        return merge;
    }
}
