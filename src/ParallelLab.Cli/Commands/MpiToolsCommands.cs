using System.Globalization;
using ParallelLab.Mpi;
using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>mpi hello</c> and <c>mpi pingpong</c>, the lab's <c>python -m mpi4py.bench helloworld</c> and
/// <c>pingpong</c>: on the ranks of <c>mpiexec.mpich</c>, else on simulated ranks. <c>hello</c>
/// does nothing but start MPI, say who it is and stop: its time is the start-up every MPI job pays.
/// </summary>
internal static class MpiToolsCommands
{
    private static readonly int[] DefaultSizes = [1_024, 65_536, 1_048_576];

    public static Command Hello(CommandContext context, Option<int[]> ranks)
    {
        var command = new Command("hello", "Each rank says which it is, of how many, on which host (mpi4py.bench helloworld): the cost of starting an MPI job.");
        command.SetAction(parse => context.Guard(() => Run(context, parse, ranks, fallbackRanks: 1, (comm, output, backend) =>
        {
            string host = MpiLaunch.Current == MpiLauncher.None ? Environment.MachineName : MpichWorld.ProcessorName;
            output.WriteLine($"Hello, World! I am process {comm.Rank} of {comm.Size} on {host} ({backend}).");
        })));
        return command;
    }

    public static Command PingPong(CommandContext context, Option<int[]> ranks)
    {
        var sizes = new Option<int[]>("--sizes")
        {
            Description = "Message sizes in bytes, comma-separated.",
            DefaultValueFactory = _ => DefaultSizes,
            CustomParser = ListOptions.CountParser("--sizes", maximum: 1 << 28),
        };
        var command = new Command("pingpong", "Round trips of arrays of doubles between ranks 0 and 1, as buffers and as objects (mpi4py.bench pingpong): one-way time and bandwidth.") { sizes };
        command.SetAction(parse => context.Guard(() => Run(context, parse, ranks, fallbackRanks: 2, (comm, output, backend) =>
        {
            IReadOnlyList<Paradigms.Mpi.PingPong.Result>? results = Paradigms.Mpi.PingPong.Run(comm, parse.GetValue(sizes)!);
            if (results is null)
            {
                return;
            }

            output.WriteLine($"ping-pong between ranks 0 and 1 ({backend})");
            output.WriteLine($"{"bytes",10}  {"message",-8}  {"round trips",11}  {"one way",12}  {"bandwidth",12}");
            foreach (Paradigms.Mpi.PingPong.Result r in results)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{r.Bytes,10}  {OptionNamesOf(r.Kind),-8}  {r.RoundTrips,11}  {r.OneWay.TotalMicroseconds,9:F2} µs  {r.BytesPerSecond / 1e6,7:F0} MB/s"));
            }
        })));
        return command;
    }

    private static string OptionNamesOf(MessageKind kind) => Paradigms.Engines.OptionNames.Messages.NameOf(kind);

    /// <summary>The rank code on MPICH's ranks under mpiexec, else on simulated ranks (-n N, one count).</summary>
    private static void Run(CommandContext context, ParseResult parse, Option<int[]> ranks, int fallbackRanks, Action<ICommunicator, TextWriter, string> rankMain)
    {
        if (MpiLaunch.Current != MpiLauncher.None)
        {
            MpichJob.Run(comm => rankMain(comm, context.Output, "MPICH"), timeout: null, context.Error);
            return;
        }

        int size = fallbackRanks;
        if (parse.GetResult(ranks) is { Implicit: false })
        {
            int[] counts = parse.GetValue(ranks)!;
            size = counts.Length == 1 ? counts[0] : throw new Core.IO.InputException($"-n takes one rank count here, not {counts.Length}");
        }

        TextWriter output = TextWriter.Synchronized(context.Output);
        InProcessMpi.Run(size, comm => rankMain(comm, output, "simulated ranks"));
    }
}
