using ParallelLab.Core.Corpus;
using ParallelLab.Core.WordCount;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Native;

/// <summary>
/// The ahead-of-time compiled <c>parallellab</c>: the kernel commands give what the JIT-compiled
/// CLI gives, byte for byte and exit code for exit code, and every other command is the JIT
/// CLI's own answer, reached through it.
/// </summary>
public sealed class NativeFrontEndTests(SmallCorpusDirectory corpus) : IClassFixture<SmallCorpusDirectory>, IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [NativeProgramsFact]
    public void Kernel_commands_write_the_same_files_as_the_jit_compiled_cli()
    {
        string[] books = [.. Directory.EnumerateFiles(corpus.Path, "*.txt").Order(StringComparer.Ordinal).Take(3)];
        var natives = new List<string>();
        foreach (string book in books)
        {
            string name = Path.GetFileNameWithoutExtension(book);
            string native = At($"native-{name}.dat");
            string jit = At($"jit-{name}.dat");
            Assert.Equal(0, NativeRun.Of(_folder.Path, "wordcount", book, native).ExitCode);
            Assert.Equal(0, CliRun.Of("wordcount", book, jit).ExitCode);
            Assert.Equal(File.ReadAllBytes(jit), File.ReadAllBytes(native));
            natives.Add(native);
        }

        CliRun nativeZipf = NativeRun.Of(_folder.Path, ["zipf", "10", .. natives]);
        Assert.Equal(0, nativeZipf.ExitCode);
        Assert.Equal(ZipfTable.Render(10, natives), nativeZipf.Output);

        Assert.Equal(0, NativeRun.Of(_folder.Path, "acf", books[0], natives[0], At("native.csv"), "--kernel", "fast").ExitCode);
        Assert.Equal(0, CliRun.Of("acf", books[0], natives[0], At("jit.csv"), "--kernel", "fast").ExitCode);
        Assert.Equal(File.ReadAllBytes(At("jit.csv")), File.ReadAllBytes(At("native.csv")));
    }

    [NativeProgramsFact]
    public void Other_commands_are_the_jit_compiled_cli_itself()
    {
        CliRun native = NativeRun.Of(_folder.Path, "corpus", "info", "--corpus", corpus.Path);
        CliRun jit = CliRun.Of("corpus", "info", "--corpus", corpus.Path);

        Assert.Equal(0, native.ExitCode);
        Assert.Equal(jit.Output, native.Output);
    }

    [NativeProgramsFact]
    public void The_whole_cli_help_and_its_usage_errors_come_through()
    {
        CliRun help = NativeRun.Of(_folder.Path, "--help");
        CliRun unknown = NativeRun.Of(_folder.Path, "workflow", "--no-such-option");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("workflow", help.Output, StringComparison.Ordinal);
        Assert.Contains("report", help.Output, StringComparison.Ordinal);
        Assert.Equal(CliApp.UsageError, unknown.ExitCode);
        Assert.Equal(CliRun.Of("workflow", "--no-such-option").ErrorLines, unknown.ErrorLines);
    }

    [NativeProgramsFact]
    public void The_workflow_and_the_pool_start_the_native_programs()
    {
        Assert.Equal(NativePrograms.FrontEnd, ParallelLab.Cli.Workflow.CliProgram.Locate().Path);
        Assert.Equal(NativePrograms.Worker, Paradigms.Processes.DotnetHost.ProgramPath("ParallelLab.Worker", "PARALLELLAB_WORKER_UNSET_FOR_THIS_TEST", null));
    }

    private string At(string name) => Path.Combine(_folder.Path, name);
}
