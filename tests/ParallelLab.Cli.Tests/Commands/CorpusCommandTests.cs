using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Commands;

public sealed class CorpusCommandTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Generate_writes_64_books_reports_progress_and_info_describes_them()
    {
        string corpus = _dir.File("corpus");

        CliRun generate = CliRun.Of("corpus", "generate", corpus, "--seed", "7");
        CliRun info = CliRun.Of("corpus", "info", "--corpus", corpus);

        Assert.Equal(0, generate.ExitCode);
        Assert.Equal(64, Directory.GetFiles(corpus, "*.txt").Length);
        Assert.Contains("(64/64)", generate.Error, StringComparison.Ordinal);
        Assert.Contains("wrote 64 books", generate.Output, StringComparison.Ordinal);
        Assert.Equal(0, info.ExitCode);
        Assert.Contains("books: 64", info.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_refuses_a_directory_that_holds_files()
    {
        File.WriteAllText(_dir.File("keep.txt"), "precious");

        CliRun run = CliRun.Of("corpus", "generate", _dir.Path);

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Contains("is not empty", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(_dir.File("keep.txt")));
    }
}
