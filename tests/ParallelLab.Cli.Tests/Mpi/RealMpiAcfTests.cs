using System.Globalization;
using ParallelLab.Core.Corpus;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Mpi;

/// <summary>
/// <c>mpiexec.mpich -n N parallellab mpi acf BOOK DAT OUT</c>, the lesson's MPI script on real
/// ranks: rank 0's CSV equals <c>parallellab acf</c>'s, byte for byte, for every way of combining
/// and kind of message; and the faults end every rank within seconds, with the rank named, and no
/// process left behind.
/// </summary>
public sealed class RealMpiAcfTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private readonly SmallCorpusDirectory _corpus = new();
    private readonly TemporaryDirectory _folder = new();
    private readonly string _book;
    private readonly string _dat;
    private readonly byte[] _serial;

    public RealMpiAcfTests()
    {
        _book = BookCorpus.Open(_corpus.Path).Largest.Path;
        _dat = _folder.File("book.dat");
        string serial = _folder.File("serial.csv");
        Assert.Equal(0, CliRun.Of("wordcount", _book, _dat).ExitCode);
        Assert.Equal(0, CliRun.Of("acf", _book, _dat, serial).ExitCode);
        _serial = File.ReadAllBytes(serial);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _corpus.Dispose();
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void Every_combination_on_1_2_and_3_real_ranks_writes_the_serial_csv()
    {
        foreach (int ranks in new[] { 1, 2, 3 })
        {
            foreach (string combine in new[] { "p2p", "gather", "reduce" })
            {
                foreach (string messages in new[] { "objects", "buffers" })
                {
                    string output = _folder.File($"acf-{ranks}-{combine}-{messages}.csv");
                    var (exitCode, stdout, error) = MpiExec(ranks, ["mpi", "acf", _book, _dat, output, "--combine", combine, "--messages", messages]);

                    Assert.True(exitCode == 0, $"{ranks} ranks, {combine}/{messages}: exit {exitCode}\n{error}");
                    Assert.Equal(_serial, File.ReadAllBytes(output));
                    Assert.Contains($"mpi time: ", stdout, StringComparison.Ordinal);
                    Assert.Contains($"({ranks} {(ranks == 1 ? "rank" : "ranks")} on MPICH, {combine}/{messages})", stdout, StringComparison.Ordinal);
                    Assert.Equal(ranks, stdout.Split('\n').Count(line => line.StartsWith("My rank number is ", StringComparison.Ordinal)));
                }
            }
        }
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void Launch_starts_mpiexec_itself()
    {
        string output = _folder.File("launched.csv");

        var (exitCode, stdout, error) = CliProcess.Run(CliProcess.StartInfo("mpi", "acf", _book, _dat, output, "--launch", "2", "--kernel", "fast"), Limit);

        Assert.True(exitCode == 0, error);
        Assert.Equal(_serial, File.ReadAllBytes(output));
        Assert.Contains("(2 ranks on MPICH, gather/objects)", stdout, StringComparison.Ordinal);
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void Killing_the_launching_command_ends_every_rank()
    {
        // A book long enough that the ranks are still computing when their launcher dies.
        string book = _folder.File("long.txt");
        string[] words = ["the", "of", "and", "to", "a", "in", "that", "it", "was", "he", "his", "with", "for", "as", "had", "her", "she", "not"];
        var random = new Random(7);
        File.WriteAllLines(book, Enumerable.Range(0, 150_000).Select(_ => string.Join(' ', Enumerable.Range(0, 20).Select(_ => words[random.Next(words.Length)]))));
        string dat = _folder.File("long.dat");
        Assert.Equal(0, CliRun.Of("wordcount", book, dat).ExitCode);
        string output = _folder.File("launched-then-killed.csv");

        using var launcher = System.Diagnostics.Process.Start(CliProcess.StartInfo("mpi", "acf", book, dat, output, "--launch", "2"))!;
        _ = launcher.StandardError.ReadToEndAsync();
        int started = 0;
        while (started < 2 && launcher.StandardOutput.ReadLine() is { } line)
        {
            started += line.StartsWith("My rank number is", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(2, started);
        launcher.Kill(entireProcessTree: false); // SIGKILL: the launcher runs no handler
        launcher.WaitForExit();

        Assert.Empty(ProcessIds.LeftWithArgumentContaining(output, TimeSpan.FromSeconds(5)));
        Assert.False(File.Exists(output));
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void A_book_missing_on_every_rank_is_one_line_from_rank_0()
    {
        string missing = _folder.File("no-such-book.txt");

        var (exitCode, stdout, error) = MpiExec(3, ["mpi", "acf", missing, _dat, _folder.File("out.csv")]);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"parallellab: error: book '{missing}' does not exist", error.TrimEnd());
        Assert.False(File.Exists(_folder.File("out.csv")));
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void A_book_missing_on_one_rank_only_stops_every_rank_and_names_it()
    {
        string missing = _folder.File("only-rank-1-looks-here.txt");
        string output = _folder.File("partial.csv");

        // MPMD: rank 0 is given the book, rank 1 a path that does not exist.
        var (exitCode, _, error) = Mpmd(["mpi", "acf", _book, _dat, output], ["mpi", "acf", missing, _dat, output]);

        Assert.Equal(1, exitCode);
        Assert.Equal($"parallellab: error: rank 1: book '{missing}' does not exist", error.TrimEnd());
        Assert.False(File.Exists(output));
        Assert.Empty(ProcessIds.LeftWithArgumentContaining(output, TimeSpan.FromSeconds(5)));
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void A_rank_that_fails_mid_run_aborts_the_job_naming_itself()
    {
        string output = _folder.File("mismatch.csv");

        // Rank 0 receives rows as buffers of doubles; rank 1 sends them as an object.
        var (exitCode, _, error) = Mpmd(
            ["mpi", "acf", _book, _dat, output, "--combine", "p2p", "--messages", "buffers"],
            ["mpi", "acf", _book, _dat, output, "--combine", "p2p", "--messages", "objects"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("parallellab: error: rank 0: rank 1 sent a message of a size that is not whole values (tag 12)", error, StringComparison.Ordinal);
        Assert.Empty(ProcessIds.LeftWithArgumentContaining(output, TimeSpan.FromSeconds(5)));
    }

    [InstalledToolFact("mpiexec.mpich", "mpich")]
    public void A_deadlock_ends_at_the_timeout_with_the_waiting_ranks_named()
    {
        string output = _folder.File("deadlock.csv");

        // Rank 0 waits for rows point to point while rank 1 waits in a gather: neither ever completes.
        var (exitCode, _, error) = Mpmd(
            ["mpi", "acf", _book, _dat, output, "--combine", "p2p", "--timeout", "2"],
            ["mpi", "acf", _book, _dat, output, "--combine", "gather", "--timeout", "2"]);

        Assert.Equal(124, exitCode);
        Assert.Contains("parallellab: error: rank 0: still running after --timeout 2 s", error, StringComparison.Ordinal);
        Assert.Contains("parallellab: error: rank 1: still running after --timeout 2 s", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(ProcessIds.LeftWithArgumentContaining(output, TimeSpan.FromSeconds(5)));
    }

    private static (int ExitCode, string Output, string Error) MpiExec(int ranks, string[] args) =>
        CliProcess.Run(CliProcess.Command("mpiexec.mpich", ["-n", ranks.ToString(CultureInfo.InvariantCulture), "dotnet", CliProcess.Dll, .. args]), Limit);

    /// <summary>Two ranks that run different arguments (mpiexec's "A : B"), to give one rank a fault the other does not have.</summary>
    private static (int ExitCode, string Output, string Error) Mpmd(string[] rank0, string[] rank1) =>
        CliProcess.Run(CliProcess.Command("mpiexec.mpich", ["-n", "1", "dotnet", CliProcess.Dll, .. rank0, ":", "-n", "1", "dotnet", CliProcess.Dll, .. rank1]), Limit);
}
