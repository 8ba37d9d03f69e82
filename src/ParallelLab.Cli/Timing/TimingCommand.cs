using ParallelLab.Cli.Commands;
using ParallelLab.Core.Corpus;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Cli.Timing;

/// <summary>
/// The scaffold every timing command shares (<c>threads</c>, <c>pool</c>, <c>mpi</c>, <c>fetch</c>,
/// <c>workflow time</c>):
/// the corpus, the worker counts and <c>--repeat</c>; then corpus → workload → every chosen engine
/// at every worker count, checked against the baseline and timed → the table. A command adds only
/// its own options and how it makes its workload.
/// </summary>
internal sealed class TimingCommand
{
    private readonly bool _workersFromParent;

    private TimingCommand(Option<int[]> workers, bool workersFromParent)
    {
        Workers = workers;
        _workersFromParent = workersFromParent;
    }

    public Option<string?> Corpus { get; } = CorpusOption.Create();

    public Option<int[]> Workers { get; }

    public Option<int> Repeat { get; } =
        new Option<int>("--repeat") { Description = "Runs per engine; the fastest counts.", DefaultValueFactory = _ => 3 }.InRange(1, 1000);

    /// <summary>Worker counts from <c>--workers</c>, by default 1, 2, 4, … up to twice the cores (or <paramref name="atLeast"/>).</summary>
    public static TimingCommand WithWorkers(int atLeast) => new(ListOptions.Workers(atLeast), workersFromParent: false);

    /// <summary>Worker counts from an option of the parent command (<c>mpi -n</c>).</summary>
    public static TimingCommand WithParentOption(Option<int[]> workers) => new(workers, workersFromParent: true);

    /// <summary>The command with the shared options first, then its own.</summary>
    public Command Create(string name, string description, params Option[] own) => Create(name, description, engines: null, own);

    /// <summary>The command with the corpus, the choice of engines, the other shared options, then its own.</summary>
    public Command CreateWithEngines(string name, string description, Option engines, params Option[] own) => Create(name, description, engines, own);

    private Command Create(string name, string description, Option? engines, Option[] own)
    {
        var command = new Command(name, description) { Corpus };
        if (engines is not null)
        {
            command.Options.Add(engines);
        }

        if (!_workersFromParent)
        {
            command.Options.Add(Workers);
        }

        command.Options.Add(Repeat);
        foreach (Option option in own)
        {
            command.Options.Add(option);
        }

        return command;
    }

    public BookCorpus ResolveCorpus(ParseResult parse) => CorpusLocator.Resolve(parse.GetValue(Corpus));

    /// <summary>
    /// Runs <paramref name="body"/> with Ctrl+C and SIGTERM turned into its cancellation token:
    /// whatever fails once the signal came (a pool whose workers were stopped) is the interruption,
    /// which the command reports in one line with exit 130.
    /// </summary>
    public static void Interruptibly(Action<CancellationToken> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var interruption = new Interruption();
        try
        {
            body(interruption.Token);
        }
        catch (Exception e) when (interruption.Token.IsCancellationRequested && e is not OperationCanceledException)
        {
            throw new OperationCanceledException("interrupted", e, interruption.Token);
        }
    }

    /// <summary>Times the family's baseline and <paramref name="engines"/> on <paramref name="workload"/>, and prints the table under <paramref name="title"/>.</summary>
    public void Report<TWorkload, TResult>(
        CommandContext context,
        ParseResult parse,
        string title,
        EngineFamily<TWorkload, TResult> family,
        TWorkload workload,
        IEnumerable<Engine<TWorkload, TResult>> engines,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        int repetitions = parse.GetValue(Repeat);
        IReadOnlyList<RunTiming> timings = ScalingMeasurement.Measure(family, workload, engines, parse.GetValue(Workers)!, repetitions, TimingTable.Progress(context.Error), cancellationToken);
        TimingTable.Write(context.Output, title, timings, repetitions);
    }
}
