using ParallelLab.Cli.Workflow;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.WordCount;
using ParallelLab.Mpi;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Benchmarks.Workloads;

/// <summary>
/// Whole MPI jobs on real MPICH ranks, as a user starts them: <c>mpiexec.mpich -n p parallellab
/// mpi acf BOOK DAT OUT</c> on the corpus's largest book (its .dat written once, in a scratch
/// folder), and <c>mpi hello</c>, the job that only starts and stops MPI. A benchmark process
/// cannot itself be an MPI job, so these time processes, as <see cref="Workflow"/> times job processes.
/// </summary>
internal sealed class MpichAcfJob
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("parallellab-mpich-");
    private readonly CorpusWorkload _corpus;
    private readonly string _dat;
    private readonly string _output;
    private readonly ProcessCommand _cli;

    public MpichAcfJob(CorpusWorkload corpus)
    {
        _corpus = corpus;
        _dat = Path.Combine(_folder.FullName, corpus.Corpus.Largest.Name + ".dat");
        _output = Path.Combine(_folder.FullName, corpus.Corpus.Largest.Name + "_acf.csv");
        WordCountFiles.Write(corpus.Corpus.Largest.Path, _dat);
        _cli = CliProgram.Locate().Command();
    }

    /// <summary>The lesson's MPI ACF on <paramref name="ranks"/> ranks; what rank 0 printed.</summary>
    public string RunAcf(int ranks, string messages) =>
        Run(ranks, "mpi", "acf", _corpus.Corpus.Largest.Path, _dat, _output, "--messages", messages);

    /// <summary>An MPI job that does nothing: the start-up and shut-down every job pays.</summary>
    public string RunHello(int ranks) => Run(ranks, "mpi", "hello");

    /// <summary>Runs the ACF job once and refuses a CSV that differs from the serial kernel's.</summary>
    public void CheckAgainstSerial(int ranks, string messages)
    {
        RunAcf(ranks, messages);
        string serial = AcfCsv.Format(_corpus.ReferenceAcf().Serial());
        if (File.ReadAllText(_output) != serial)
        {
            throw new InvalidOperationException($"mpiexec.mpich -n {ranks} parallellab mpi acf ({messages}): the CSV differs from serial; not timing a wrong answer");
        }
    }

    public void DeleteFolder() => _folder.Delete(recursive: true);

    private string Run(int ranks, params string[] command) =>
        MpiexecLauncher.RunCaptured(MpiexecLauncher.DefaultProgram, ranks, _cli.FileName, [.. _cli.Arguments, .. command]);
}
