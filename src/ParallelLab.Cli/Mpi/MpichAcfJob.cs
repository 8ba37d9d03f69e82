using ParallelLab.Cli.Workflow;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.WordCount;
using ParallelLab.Mpi;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Mpi;

/// <summary>
/// Whole MPI jobs on real MPICH ranks, as a user starts them: <c>mpiexec.mpich -n p parallellab
/// mpi acf BOOK DAT OUT</c> on one book (its .dat written once, in a scratch folder), and
/// <c>mpi hello</c>, the job that only starts and stops MPI. What the timing report's
/// <c>--backend mpich</c> engines and the <c>MpichRanks</c> benchmarks run: a process that times
/// MPI cannot itself be the MPI job, so these are processes, as the workflow's jobs are.
/// </summary>
public sealed class MpichAcfJob
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("parallellab-mpich-");
    private readonly string _book;
    private readonly string _dat;
    private readonly string _output;
    private readonly ProcessCommand _cli = CliProgram.Locate().Command();

    public MpichAcfJob(string bookPath)
    {
        _book = bookPath;
        string name = Path.GetFileNameWithoutExtension(bookPath);
        _dat = Path.Combine(_folder.FullName, name + ".dat");
        _output = Path.Combine(_folder.FullName, name + "_acf.csv");
        WordCountFiles.Write(bookPath, _dat);
    }

    /// <summary>The lesson's MPI ACF on <paramref name="ranks"/> ranks; the ACF rank 0 wrote.</summary>
    public double[] RunAcf(int ranks, AcfCombine combine, MessageKind messages, AcfKernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        Run(ranks, "mpi", "acf", _book, _dat, _output, "--combine", OptionNames.Combine.NameOf(combine), "--messages", OptionNames.Messages.NameOf(messages), "--kernel", kernel.Name);
        return AcfCsv.Parse(File.ReadAllText(_output));
    }

    /// <summary>An MPI job that does nothing: the start-up and shut-down every job pays.</summary>
    public string RunHello(int ranks) => Run(ranks, "mpi", "hello");

    public void DeleteFolder() => _folder.Delete(recursive: true);

    private string Run(int ranks, params string[] command) =>
        MpiexecLauncher.RunCaptured(MpiexecLauncher.DefaultProgram, ranks, _cli.FileName, [.. _cli.Arguments, .. command]);
}
