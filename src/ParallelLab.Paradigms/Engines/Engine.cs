namespace ParallelLab.Paradigms.Engines;

/// <summary>
/// A named way to compute a workload's result on a number of workers (threads, processes, ranks):
/// a row of a timing report, a method of a benchmark class. Typed by the workload it takes and the
/// result it gives, so that its result is checked against serial without a cast.
/// </summary>
public sealed class Engine<TWorkload, TResult>
{
    private readonly Func<TWorkload, int, EngineOutput<TResult>> _run;

    internal Engine(string name, Func<TWorkload, int, EngineOutput<TResult>> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        Name = name;
        _run = run;
    }

    /// <summary>The name on command lines (<c>--engines</c>) and in timing reports.</summary>
    public string Name { get; }

    public TResult Run(TWorkload workload, int workers) => _run(workload, workers).Result;

    /// <summary>The result and, where the engine can tell them apart, the phases of its time.</summary>
    public EngineOutput<TResult> RunWithPhases(TWorkload workload, int workers) => _run(workload, workers);

    public override string ToString() => Name;
}

/// <summary>Ways to make an <see cref="Engine{TWorkload, TResult}"/>.</summary>
public static class Engine
{
    /// <summary>An engine whose time is one piece.</summary>
    public static Engine<TWorkload, TResult> Of<TWorkload, TResult>(string name, Func<TWorkload, int, TResult> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new Engine<TWorkload, TResult>(name, (workload, workers) => new EngineOutput<TResult>(run(workload, workers), []));
    }

    /// <summary>An engine that times its own phases (the parallel part and the merge).</summary>
    public static Engine<TWorkload, TResult> WithPhases<TWorkload, TResult>(string name, Func<TWorkload, int, EngineOutput<TResult>> run) => new(name, run);
}
