using System.Diagnostics;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Commands;

/// <summary>
/// <c>parallellab workflow</c> end to end: process jobs (real <c>parallellab</c> processes) and
/// in-process jobs make what the serial CLI makes, and so does Snakemake with workflow/Snakefile.
/// </summary>
public sealed class WorkflowCommandTests(SmallCorpusDirectory corpus) : IClassFixture<SmallCorpusDirectory>, IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "parallellab.dll");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Process_jobs_make_the_same_files_as_the_serial_cli(string jobs)
    {
        string serial = SerialCli();
        string work = Folder("work");

        CliRun run = CliRun.Of("workflow", "-j", jobs, "--corpus", corpus.Path, "-d", work, "--target", "all");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches($@"^ran 15 of 15 jobs \(0 up to date\) in [0-9.]+ s, -j {jobs}, processes\n$", run.Output);
        Assert.Contains("[15/15] done  ", run.Error, StringComparison.Ordinal);
        AssertSameFiles(serial, work);
    }

    [Fact]
    public void In_process_jobs_make_the_same_files_as_process_jobs()
    {
        string processes = Folder("processes");
        string inProcess = Folder("in-process");

        Assert.Equal(0, CliRun.Of("workflow", "-j", "2", "--corpus", corpus.Path, "-d", processes, "-t", "all").ExitCode);
        CliRun run = CliRun.Of("workflow", "-j", "2", "--in-process", "--corpus", corpus.Path, "-d", inProcess, "-t", "all");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("-j 2, in-process\n", run.Output, StringComparison.Ordinal);
        AssertSameFiles(processes, inProcess);
    }

    [Fact]
    public void A_second_run_has_nothing_to_do_and_a_touched_book_reruns_its_branch()
    {
        string books = CopyOfCorpus();
        string work = Folder("work");
        Assert.Equal(0, CliRun.Of("workflow", "--in-process", "--corpus", books, "-d", work).ExitCode);

        CliRun again = CliRun.Of("workflow", "--corpus", books, "-d", work);
        // Newer than every output, whenever the program was built; ageing the outputs instead could
        // make them older than a program built seconds before the test.
        File.SetLastWriteTimeUtc(Path.Combine(books, "book03.txt"), DateTime.UtcNow.AddSeconds(10));
        CliRun dryRun = CliRun.Of("workflow", "--corpus", books, "-d", work, "--dry-run");
        CliRun rerun = CliRun.Of("workflow", "--corpus", books, "-d", work);

        Assert.Equal("nothing to be done: all 8 jobs are up to date\n", again.Output);
        Assert.Equal(
            "count_words[book=book03]: input " + Path.Combine(books, "book03.txt") + " is newer than the output\n"
            + "zipf_test: input from count_words[book=book03] will be updated\n"
            + "would run 2 of 8 jobs (6 up to date)\n",
            dryRun.Output);
        Assert.StartsWith("ran 2 of 8 jobs (6 up to date)", rerun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dag_prints_dot_and_delete_all_output_removes_outputs_and_logs()
    {
        string work = Folder("work");
        Assert.Equal(0, CliRun.Of("workflow", "--in-process", "--corpus", corpus.Path, "-d", work).ExitCode);

        CliRun dag = CliRun.Of("workflow", "--dag", "--corpus", corpus.Path, "-d", work, "-t", "all");
        CliRun listed = CliRun.Of("workflow", "--delete-all-output", "--dry-run", "--corpus", corpus.Path, "-d", work);
        CliRun deleted = CliRun.Of("workflow", "--delete-all-output", "--corpus", corpus.Path, "-d", work);

        Assert.Equal(0, dag.ExitCode);
        Assert.StartsWith("digraph workflow {", dag.Output, StringComparison.Ordinal);
        Assert.Equal(15, dag.Output.Split('\n').Count(l => l.Contains("[label=", StringComparison.Ordinal)));
        Assert.Equal(7 + 7, dag.Output.Split('\n').Count(l => l.Contains("->", StringComparison.Ordinal)));
        Assert.EndsWith("would delete 16 files\n", listed.Output, StringComparison.Ordinal);
        Assert.EndsWith("deleted 16 files\n", deleted.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    [Fact]
    public void A_failing_job_is_named_with_its_log_and_the_other_books_are_kept()
    {
        string books = CopyOfCorpus();
        File.WriteAllText(Path.Combine(books, "book04.txt"), string.Empty);
        string work = Folder("work");

        CliRun run = CliRun.Of("workflow", "-j", "1", "--corpus", books, "-d", work);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["parallellab: error: job count_words[book=book04] failed (exit code 1: parallellab: error: book '" + Path.Combine(books, "book04.txt") + "' is empty); log: logs/count_words/book04.log"],
            run.ErrorLines.Where(l => l.StartsWith("parallellab:", StringComparison.Ordinal)));
        // Biggest books first: the empty one starts last, when every other book is counted and kept.
        Assert.True(File.Exists(Path.Combine(work, "processed_data", "book03.dat")));
        Assert.False(File.Exists(Path.Combine(work, "processed_data", "book04.dat")));
        Assert.True(File.Exists(Path.Combine(work, "processed_data", "book05.dat")));
        Assert.False(File.Exists(Path.Combine(work, "results.csv")));
    }

    [Theory]
    [InlineData("-j", "0")]
    [InlineData("-j", "many")]
    [InlineData("--target")]
    public void Bad_arguments_are_usage_errors(params string[] arguments)
    {
        CliRun run = CliRun.Of(["workflow", "--corpus", corpus.Path, .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void A_missing_working_directory_or_unknown_target_is_an_input_error()
    {
        CliRun noFolder = CliRun.Of("workflow", "--corpus", corpus.Path, "-d", Path.Combine(_folder.Path, "absent"));
        CliRun noRule = CliRun.Of("workflow", "--corpus", corpus.Path, "-d", _folder.Path, "-t", "plots.png");

        Assert.Equal(1, noFolder.ExitCode);
        Assert.Equal(["parallellab: error: working directory '" + Path.Combine(_folder.Path, "absent") + "' does not exist"], noFolder.ErrorLines);
        Assert.Equal(1, noRule.ExitCode);
        Assert.Equal(["parallellab: error: no rule makes target 'plots.png', and it does not exist"], noRule.ErrorLines);
    }

    [InstalledToolFact("snakemake", "snakemake")]
    public async Task Snakemake_with_the_snakefile_makes_the_same_files_as_the_workflow_command()
    {
        string work = Folder("snakemake");
        string ours = Folder("ours");
        Assert.Equal(0, CliRun.Of("workflow", "-j", "2", "--corpus", corpus.Path, "-d", ours, "-t", "all").ExitCode);

        var start = new ProcessStartInfo("snakemake")
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "-j", "2", "--snakefile", Snakefile(), "--config", $"corpus={corpus.Path}", $"parallellab=dotnet {Cli}" })
        {
            start.ArgumentList.Add(argument);
        }

        using Process snakemake = Process.Start(start)!;
        Task<string> output = snakemake.StandardOutput.ReadToEndAsync();
        string error = await snakemake.StandardError.ReadToEndAsync();
        await snakemake.WaitForExitAsync();

        Assert.True(snakemake.ExitCode == 0, error + await output);
        Directory.Delete(Path.Combine(work, ".snakemake"), recursive: true);
        AssertSameFiles(ours, work);
    }

    /// <summary>The outputs of the lesson's scripts, made one command at a time.</summary>
    private string SerialCli()
    {
        string serial = Folder("serial");
        Directory.CreateDirectory(Path.Combine(serial, "processed_data"));
        Directory.CreateDirectory(Path.Combine(serial, "acf"));
        string[] books = [.. Directory.GetFiles(corpus.Path, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];
        foreach (string book in books)
        {
            string dat = Path.Combine(serial, "processed_data", book + ".dat");
            Assert.Equal(0, CliRun.Of("wordcount", Path.Combine(corpus.Path, book + ".txt"), dat).ExitCode);
            Assert.Equal(0, CliRun.Of("acf", Path.Combine(corpus.Path, book + ".txt"), dat, Path.Combine(serial, "acf", book + ".csv")).ExitCode);
        }

        string[] dats = [.. books.Select(b => Path.Combine(serial, "processed_data", b + ".dat"))];
        Assert.Equal(0, CliRun.Of(["zipf", "10", .. dats, "--output", Path.Combine(serial, "results.csv")]).ExitCode);
        return serial;
    }

    /// <summary>Same results.csv, .dat and ACF files; logs hold timings, so they are only required to exist.</summary>
    private static void AssertSameFiles(string expected, string actual)
    {
        string[] results = [.. Results(expected)];
        Assert.Equal(1 + 7 + 7, results.Length);
        Assert.Equal(results, Results(actual));
        foreach (string file in results)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs");
        }
    }

    private static IEnumerable<string> Results(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => !f.StartsWith("logs", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string Snakefile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "workflow", "Snakefile");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("workflow/Snakefile not found above the test's folder");
    }

    private string CopyOfCorpus()
    {
        string copy = Folder("books");
        foreach (string book in Directory.GetFiles(corpus.Path, "*.txt"))
        {
            File.Copy(book, Path.Combine(copy, Path.GetFileName(book)));
        }

        return copy;
    }

    private string Folder(string name) => Directory.CreateDirectory(_folder.File(name)).FullName;
}
