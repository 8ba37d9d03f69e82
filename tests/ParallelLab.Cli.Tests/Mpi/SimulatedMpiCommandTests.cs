using ParallelLab.Core.Corpus;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Mpi;

/// <summary>The MPI commands without mpiexec: the same rank code on simulated ranks, in this process.</summary>
public sealed class SimulatedMpiCommandTests : IDisposable
{
    private readonly SmallCorpusDirectory _corpus = new();
    private readonly TemporaryDirectory _folder = new();

    public void Dispose()
    {
        _folder.Dispose();
        _corpus.Dispose();
    }

    [Fact]
    public void The_lesson_script_on_simulated_ranks_writes_the_serial_csv()
    {
        string book = BookCorpus.Open(_corpus.Path).Largest.Path;
        string dat = _folder.File("book.dat");
        Assert.Equal(0, CliRun.Of("wordcount", book, dat).ExitCode);
        Assert.Equal(0, CliRun.Of("acf", book, dat, _folder.File("serial.csv")).ExitCode);

        CliRun lessonDefault = CliRun.Of("mpi", "acf", book, dat, _folder.File("one.csv"));
        CliRun three = CliRun.Of("mpi", "-n", "3", "acf", book, dat, _folder.File("three.csv"), "--combine", "reduce", "--messages", "buffers");

        Assert.Equal(0, lessonDefault.ExitCode);
        Assert.Contains("(1 rank on simulated ranks, gather/objects)", lessonDefault.Output, StringComparison.Ordinal);
        Assert.Equal(0, three.ExitCode);
        Assert.Contains("(3 ranks on simulated ranks, reduce/buffers)", three.Output, StringComparison.Ordinal);
        Assert.Equal(
            ["My rank number is 0 and first, last = 0, 6", "My rank number is 1 and first, last = 6, 11", "My rank number is 2 and first, last = 11, 16"],
            three.Output.Split('\n').Where(line => line.StartsWith("My rank", StringComparison.Ordinal)).Order());
        byte[] serial = File.ReadAllBytes(_folder.File("serial.csv"));
        Assert.Equal(serial, File.ReadAllBytes(_folder.File("one.csv")));
        Assert.Equal(serial, File.ReadAllBytes(_folder.File("three.csv")));
    }

    [Fact]
    public void Pingpong_and_hello_run_on_simulated_ranks()
    {
        CliRun ping = CliRun.Of("mpi", "pingpong", "--sizes", "8,1024");
        CliRun hello = CliRun.Of("mpi", "-n", "2", "hello");

        Assert.Equal(0, ping.ExitCode);
        Assert.Contains("ping-pong between ranks 0 and 1 (simulated ranks)", ping.Output, StringComparison.Ordinal);
        Assert.Equal(4, ping.Output.Split('\n').Count(line => line.Contains(" µs ", StringComparison.Ordinal)));
        Assert.Equal(0, hello.ExitCode);
        Assert.Equal(2, hello.Output.Split('\n').Count(line => line.StartsWith("Hello, World! I am process ", StringComparison.Ordinal)));
    }
}
