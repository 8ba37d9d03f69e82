using System.Diagnostics;
using System.Globalization;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.WordCount;
using ParallelLab.Mpi;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Partitioning;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab mpi acf BOOK DAT OUT</c>, the drop-in for the lesson's
/// <c>mpirun -np N python autocorrelation_mpi.py BOOK DAT OUT</c>: every rank reads the book and
/// its .dat, computes its share of the top words' ACF rows, rank 0 combines them and writes the
/// CSV that <c>parallellab acf</c> writes, byte for byte. Under <c>mpiexec.mpich</c> the ranks are
/// the job's processes; otherwise <c>--ranks N</c> simulated ranks in this process.
/// </summary>
internal sealed record MpiAcfScript(string Book, string Dat, string Output, AcfKernel Kernel, AcfCombine Combine, MessageKind Messages)
{
    public const int Words = AcfFiles.DefaultWords;
    public const int Timesteps = AcfFiles.DefaultTimesteps;

    /// <summary>Ranks of a job started by mpiexec.mpich; returns the exit code.</summary>
    public int RunOnMpich(CommandContext context, TimeSpan? timeout) =>
        MpichJob.Run(Prepare, (comm, workload) => RankMain(context.Output, comm, workload, "MPICH"), timeout, context.Error);

    /// <summary><paramref name="ranks"/> simulated ranks, which share the one set-up.</summary>
    public void RunSimulated(CommandContext context, int ranks)
    {
        AcfWorkload workload = Prepare();
        TextWriter output = TextWriter.Synchronized(context.Output); // the ranks are threads here
        InProcessMpi.Run(ranks, comm => RankMain(output, comm, workload, "simulated ranks"));
    }

    private AcfWorkload Prepare()
    {
        (Core.Text.TokenizedBook text, int[] topWords) = AcfFiles.Prepare(Book, Dat, Output, Words);
        return new AcfWorkload(text, topWords, Timesteps, Kernel);
    }

    private void RankMain(TextWriter output, ICommunicator comm, AcfWorkload workload, string backend)
    {
        Range mine = EvenSplit.Block(workload.Words.Count, comm.Size, comm.Rank);

        // As the lesson's script prints it, one line per rank.
        output.WriteLine($"My rank number is {comm.Rank} and first, last = {mine.Start.Value}, {mine.End.Value}");
        comm.Barrier();
        var stopwatch = Stopwatch.StartNew();
        double[]? acf = MpiAcf.Run(comm, workload, Combine, Messages);
        stopwatch.Stop();
        if (acf is not null)
        {
            AcfCsv.Write(Output, acf);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"mpi time: {PythonFloat.Repr(stopwatch.Elapsed.TotalSeconds)} ({comm.Size} {(comm.Size == 1 ? "rank" : "ranks")} on {backend}, {OptionNames.Combine.NameOf(Combine)}/{OptionNames.Messages.NameOf(Messages)})"));
        }
    }
}
