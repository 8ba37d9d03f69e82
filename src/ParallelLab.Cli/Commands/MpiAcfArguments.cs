using System.Globalization;
using ParallelLab.Cli.Workflow;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.IO;
using ParallelLab.Mpi;
using ParallelLab.Paradigms;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// What <c>mpi acf</c> takes when it runs as the lesson's script (<see cref="MpiAcfScript"/>):
/// the three files, and how the ranks are started and watched.
/// </summary>
internal sealed class MpiAcfArguments
{
    private const int MaxRanks = 1024;

    public Argument<string?> Book { get; } = new("BOOK") { Description = "Plain-text book (UTF-8); every rank reads it.", Arity = ArgumentArity.ZeroOrOne };

    public Argument<string?> Dat { get; } = new("DAT") { Description = "The book's .dat file; its first 16 lines choose the words.", Arity = ArgumentArity.ZeroOrOne };

    public Argument<string?> Output { get; } = new("OUT") { Description = "CSV that rank 0 writes, as np.savetxt writes it.", Arity = ArgumentArity.ZeroOrOne };

    public Option<double?> Timeout { get; } = new Option<double?>("--timeout")
    {
        Description = "Seconds after which ranks still running (a deadlock hangs real MPI) abort the job, with exit code 124.",
    }.Positive();

    public Option<int?> Launch { get; } = new Option<int?>("--launch")
    {
        Description = "Start the job on N ranks with mpiexec.mpich, as if typed: mpiexec.mpich -n N parallellab mpi acf ...",
    }.InRange(1, MaxRanks);

    public Option<string> Mpiexec { get; } = new("--mpiexec")
    {
        Description = "The launcher --launch starts (MPICH's; Debian's plain mpiexec may be Open MPI's).",
        DefaultValueFactory = _ => MpiexecLauncher.DefaultProgram,
    };

    public IEnumerable<Argument> Files => [Book, Dat, Output];

    public IEnumerable<Option> Options => [Timeout, Launch, Mpiexec];

    public bool IsGiven(ParseResult parse) => parse.GetValue(Book) is not null;

    /// <returns>The exit code: 0, or the job's when it ran on MPICH.</returns>
    public int Run(CommandContext context, ParseResult parse, Option<int[]> ranks, Option<AcfKernel> kernel, ValuesOption<AcfCombine> combine, ValuesOption<MessageKind> messages, CancellationToken token)
    {
        var script = new MpiAcfScript(
            parse.GetValue(Book)!,
            parse.GetValue(Dat) ?? throw new InputException("mpi acf takes BOOK DAT OUT (the lesson's script), or none of them (the timing report)"),
            parse.GetValue(Output) ?? throw new InputException("mpi acf takes BOOK DAT OUT (the lesson's script), or none of them (the timing report)"),
            parse.GetValue(kernel)!,
            One(parse, combine, AcfCombine.Gather, "--combine"),
            One(parse, messages, MessageKind.Objects, "--messages"));
        TimeSpan? timeout = parse.GetValue(Timeout) is double seconds ? TimeSpan.FromSeconds(seconds) : null;
        MpiLauncher launcher = MpiLaunch.Current;
        if (parse.GetValue(Launch) is int launched)
        {
            if (launcher != MpiLauncher.None)
            {
                throw new InputException("--launch starts mpiexec itself; this process already runs under one");
            }

            ProcessCommand cli = CliProgram.Locate().Command(Forwarded(script, timeout));
            return MpiexecLauncher.Run(parse.GetValue(Mpiexec)!, launched, cli.FileName, cli.Arguments, token);
        }

        if (launcher != MpiLauncher.None)
        {
            return script.RunOnMpich(context, timeout);
        }

        script.RunSimulated(context, OneRankCount(parse, ranks));
        return 0;
    }

    /// <summary>The command each rank of a --launch job runs: this one, without --launch.</summary>
    private static string[] Forwarded(MpiAcfScript script, TimeSpan? timeout)
    {
        string[] command =
        [
            "mpi", "acf", script.Book, script.Dat, script.Output,
            "--combine", OptionNames.Combine.NameOf(script.Combine),
            "--messages", OptionNames.Messages.NameOf(script.Messages),
            "--kernel", script.Kernel.Name,
        ];
        return timeout is { } limit ? [.. command, "--timeout", limit.TotalSeconds.ToString("R", CultureInfo.InvariantCulture)] : command;
    }

    /// <summary>The lesson's script runs one way: a list option given several values is refused.</summary>
    private static T One<T>(ParseResult parse, ValuesOption<T> option, T lessonDefault, string name)
        where T : struct, Enum
    {
        if (parse.GetResult(option.Option) is not { Implicit: false })
        {
            return lessonDefault;
        }

        T[] values = option.GetValues(parse);
        return values.Length == 1 ? values[0] : throw new InputException($"with BOOK DAT OUT, {name} takes one value, not {values.Length}");
    }

    /// <summary>Simulated ranks: one rank unless -n says otherwise, as python runs the script without mpirun.</summary>
    private static int OneRankCount(ParseResult parse, Option<int[]> ranks)
    {
        if (parse.GetResult(ranks) is not { Implicit: false })
        {
            return 1;
        }

        int[] counts = parse.GetValue(ranks)!;
        return counts.Length == 1 ? counts[0] : throw new InputException($"with BOOK DAT OUT, -n takes one rank count, not {counts.Length}");
    }
}
