using System.Text;
using ParallelLab.Core.IO;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.BadInput;

/// <summary>
/// The standing bad-input suite: every command against inputs a careless or adversarial user gives
/// (missing, a folder, empty, binary, invalid UTF-8, UTF-16, endless devices, links that loop or
/// dangle, malformed .dat and JSON, an output that is an input, outputs nowhere). For each: exit 1
/// or 2, exactly one error line, no stack trace, every file that was there byte-identical after,
/// devices still devices, no temporary file left. A new case is one line in <see cref="Cases"/>;
/// "@" stands for the case's own folder.
/// </summary>
[Collection(nameof(BadInputSuiteTests))]
public sealed class BadInputSuiteTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Cases => [.. Commands];

    private static readonly string[] Commands =
    [
        // wordcount BOOK OUT
        "wordcount @/missing.txt @/out.dat",
        "wordcount @/dir @/out.dat",
        "wordcount @/empty.txt @/out.dat",
        "wordcount @/binary.txt @/out.dat",
        "wordcount @/latin1.txt @/out.dat",
        "wordcount @/utf16.txt @/out.dat",
        "wordcount /dev/zero @/out.dat",
        "wordcount /dev/urandom @/out.dat",
        "wordcount @/loop @/out.dat",
        "wordcount @/dangling @/out.dat",
        "wordcount @/book.txt @/book.txt",
        "wordcount @/book.txt @/alias.txt",
        "wordcount @/book.txt @/dir/../book.txt",
        "wordcount @/book.txt @/dir",
        "wordcount @/book.txt @/nowhere/out.dat",
        "wordcount @/book.txt @/loop",
        "wordcount @/book.txt /dev/full",
        "wordcount @/book.txt @/out.dat not-a-number",
        // acf BOOK DAT OUT
        "acf @/book.txt @/malformed.dat @/out.csv",
        "acf @/book.txt @/binary.txt @/out.csv",
        "acf @/book.txt @/book.dat @/book.dat",
        "acf @/book.txt @/book.dat @/book.txt",
        "acf @/book.txt @/book.dat @/out.csv --timesteps 0",
        "acf @/book.txt @/book.dat @/out.csv --kernel slow",
        // zipf N DAT... [-o OUT]
        "zipf 10 @/malformed.dat",
        "zipf 10 /dev/zero",
        "zipf 10 @/book.dat -o @/book.dat",
        "zipf 10 @/book.dat -o @/nowhere/results.csv",
        "zipf -1 @/book.dat",
        // compare BASE NEW [--json F] [--rerun-filters F]
        "compare @/malformed.json @/results.json",
        "compare @/missing.json @/results.json",
        "compare @/results.json @/results.json --json @/results.json",
        "compare @/results.json @/results.json --json @/nowhere/c.json",
        "compare @/results.json @/results.json --json @/c.json --rerun-filters @/c.json",
        "compare @/results.json @/results.json --markdown @/results.json",
        "compare @/results.json @/results.json --json @/c.md --markdown @/c.md",
        // report RESULTS [--output DIR]
        "report @/malformed.json --output @/report",
        "report @/badmetrics.json --output @/report",
        "report @/results.json --output @/book.txt",
        "report @/results.json --output @",
        "report @/results.json --axis Nope --output @/report",
        "report @/results.json --axis= --output @/report",
        "report @/results.json --baseline-method= --output @/report",
        "report @/results.json --lesson-plots --no-lesson-plots --output @/report",
        "compare @/results.json @/results.json --axis Nope",
        // history add RESULTS --commit SHA [--date D] [--db F]; history report|check [--db F]
        "history add @/results.json --db @/h.db",
        "history add @/results.json --commit 0123abcd --date not-a-date --db @/h.db",
        "history add @/results.json --commit zz-not-hex --date 2026-11-30 --db @/h.db",
        "history add @/results.json --commit no-such-revision-anywhere --db @/h.db",
        "history add @/malformed.json --commit 0123abcd --date 2026-11-30 --db @/h.db",
        "history add @/results.json --commit 0123abcd --date 2026-11-30 --db @/results.json",
        "history add @/results.json --commit 0123abcd --date 2026-11-30 --db @/book.txt",
        "history add @/results.json --commit 0123abcd --date 2026-11-30 --db @/newer.db",
        "history add @/results.json --commit 0123abcd --date 2026-11-30 --db @/other.db",
        "history add @/results.json --commit 0123abcd --date 2026-11-30 --db @/dir",
        "history add @/results.json --commit 0123abcd --date 2026-11-30 --db /dev/full",
        "history add @/results.json --commit 0123abcd --date 2026-11-30 --db @/loop",
        "history report --db /dev/zero --output @/history",
        "history check --db @/dangling",
        "history add @/results.json --commit 0123abcd --date 2026-11-30 --machine  --db @/h.db",
        "history report --db @/missing.db --output @/history",
        "history report --db @/newer.db --output @/history",
        "history report --db @/book.txt --output @/history",
        "history check --db @/missing.db",
        "history check --db @/other.db",
        "history check --recent 0",
        // corpus and timing commands
        "corpus info --corpus @/missing",
        "corpus info --corpus @/dir",
        "threads acf --corpus @/dir --repeat 1",
        "threads acf --workers 0",
        "pool wordcount --corpus @/missing",
        "pool acf --workers 1000 --repeat 1",
        "pool wordcount --workers 1000 --repeat 1",
        "pool startup --workers 0",
        "pool startup --workers 2000 --repeat 1",
        "pool startup --repeat 0",
        "mpi -n 0 acf",
        "mpi -n 0 check",
        "mpi check extra",
        "mpi -n 1 pingpong",
        "mpi acf --backend nope",
        "mpi -n 2,3 pingpong",
        "mpi pingpong --sizes 0",
        // mpi acf BOOK DAT OUT (the lesson's script; simulated ranks here, real ones in RealMpiAcfTests)
        "mpi acf @/book.txt @/book.dat",
        "mpi acf @/missing.txt @/book.dat @/out.csv",
        "mpi acf @/book.txt @/malformed.dat @/out.csv",
        "mpi acf @/book.txt @/book.dat @/book.dat",
        "mpi acf @/book.txt @/book.dat @/book.txt",
        "mpi acf @/book.txt @/book.dat /dev/full",
        "mpi acf @/book.txt @/book.dat @/nowhere/out.csv",
        "mpi -n 1,2 acf @/book.txt @/book.dat @/out.csv",
        "mpi acf @/book.txt @/book.dat @/out.csv --combine p2p,gather",
        "mpi acf @/book.txt @/book.dat @/out.csv --timeout 0",
        "mpi acf @/book.txt @/book.dat @/out.csv --launch 0",
        "mpi acf @/book.txt @/book.dat @/out.csv --launch 2 --mpiexec @/missing",
        "cluster start -n 0",
        "cluster start --engines nope",
        "cluster start --profile bad/name",
        "cluster stop --profile parallellab-tests-no-such-cluster",
        "cluster list extra",
        "fetch --books 0",
        "workflow -d @/book.txt -n",
        "workflow -d @/missing -n",
        "workflow time --corpus @/missing --repeat 1",
        "workflow time --modes threads --repeat 1",
        "workflow time --corpus @ --modes in-process --workers 1 --repeat 1",
        "workflow time --workers 0",
        "blas invert --size 0",
        "nosuchcommand",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_input_ends_in_one_line_and_leaves_every_file_as_it_was(string command)
    {
        MakeInputs();
        Dictionary<string, byte[]> before = Snapshot();
        int[] childrenBefore = [.. ProcessIds.ChildrenOf(Environment.ProcessId)];

        CliRun run = CliRun.Of([.. command.Split(' ').Select(a => a.Replace("@", _folder.Path, StringComparison.Ordinal))]);

        Assert.True(run.ExitCode is CliApp.InputError or CliApp.UsageError, $"exit {run.ExitCode}: {run.Error}");
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("parallellab: error: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Snapshot().Keys.Order(StringComparer.Ordinal));
        Assert.All(Snapshot(), file => Assert.True(before[file.Key].AsSpan().SequenceEqual(file.Value), $"{file.Key} changed"));
        Assert.Equal(FileKind.CharacterDevice, FileStatus.KindOf("/dev/full"));
        Assert.Equal("book.txt", new FileInfo(Path.Combine(_folder.Path, "alias.txt")).LinkTarget);
        int[] newChildren = [.. ProcessIds.ChildrenOf(Environment.ProcessId).Except(childrenBefore).Where(ProcessIds.IsRunning)];
        Assert.True(newChildren.Length == 0, $"child processes left: {string.Join(' ', newChildren)}");
        Assert.Empty(Directory.EnumerateFiles(_folder.Path, ".plab-*.tmp", SearchOption.AllDirectories));
    }

    /// <summary>The rows of the kernel commands, which the ahead-of-time compiled front end serves itself.</summary>
    public static TheoryData<string> KernelCases => [.. Commands.Where(row => ParallelLab.Cli.Commands.KernelCommands.Names.Contains(row.Split(' ')[0]))];

    [NativeProgramsTheory]
    [MemberData(nameof(KernelCases))]
    public void The_native_front_end_refuses_a_bad_input_exactly_as_the_jit_compiled_cli_does(string command)
    {
        MakeInputs();
        Dictionary<string, byte[]> before = Snapshot();
        string[] args = [.. command.Split(' ').Select(a => a.Replace("@", _folder.Path, StringComparison.Ordinal))];

        CliRun native = Native.NativeRun.Of(_folder.Path, args);

        Assert.All(Snapshot(), file => Assert.True(before[file.Key].AsSpan().SequenceEqual(file.Value), $"{file.Key} changed"));
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Snapshot().Keys.Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(_folder.Path, ".plab-*.tmp", SearchOption.AllDirectories));
        CliRun jit = CliRun.Of(args);
        Assert.Equal(jit.ExitCode, native.ExitCode);
        // /dev/urandom's first NUL is at a different offset each time it is read.
        static string[] Lines(CliRun run) => [.. run.ErrorLines.Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"offset \d+", "offset N"))];
        Assert.Equal(Lines(jit), Lines(native));
    }

    [Fact]
    public void The_suite_covers_every_command()
    {
        string[] commands = [.. LabCommandLine.BuildRootCommand(TextWriter.Null, TextWriter.Null).Subcommands.Select(c => c.Name).Where(c => c != "serve")];

        Assert.All(commands, name => Assert.Contains(Commands, row => row.StartsWith(name + " ", StringComparison.Ordinal)));
    }

    private void MakeInputs()
    {
        string At(string name) => Path.Combine(_folder.Path, name);
        File.WriteAllText(At("book.txt"), "The cat sat on the mat. The dog sat too.\n");
        Core.WordCount.WordCountFiles.Write(At("book.txt"), At("book.dat"));
        File.WriteAllBytes(At("empty.txt"), []);
        File.WriteAllBytes(At("binary.txt"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13]);
        File.WriteAllBytes(At("latin1.txt"), Encoding.Latin1.GetBytes("caf\u00e9 cr\u00e8me\n"));
        File.WriteAllBytes(At("utf16.txt"), Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("The cat\n")).ToArray());
        File.WriteAllText(At("malformed.dat"), "the 2\nnot a number here\n");
        File.WriteAllText(At("malformed.json"), "{ \"Benchmarks\": [ { \"Type\": ");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "PoolStartup-report-full.json"), At("results.json"));
        // A report whose metrics are not BenchmarkDotNet's { Value, Descriptor } objects.
        File.WriteAllText(At("badmetrics.json"), File.ReadAllText(At("results.json")).Replace("\"Metrics\":[", "\"Metrics\":[5,", StringComparison.Ordinal));
        Directory.CreateDirectory(At("dir"));
        // An SQLite file of another program, and a history written by a newer version of the lab.
        Sqlite(At("other.db"), "CREATE TABLE notes (text TEXT)");
        Sqlite(At("newer.db"), "CREATE TABLE commits (sha TEXT); PRAGMA application_id = 1347174722; PRAGMA user_version = 99");
        File.CreateSymbolicLink(At("alias.txt"), "book.txt");
        File.CreateSymbolicLink(At("loop"), "loop");
        File.CreateSymbolicLink(At("dangling"), "nothing-here");
    }

    private static void Sqlite(string path, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using Microsoft.Data.Sqlite.SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Every regular file under the folder (links followed to what they name), by relative path.</summary>
    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories)
            .Where(p => FileStatus.KindOf(p) == FileKind.Regular)
            .ToDictionary(p => Path.GetRelativePath(_folder.Path, p), File.ReadAllBytes, StringComparer.Ordinal);
}

/// <summary>The suite counts this process's children, so nothing else may start any while it runs.</summary>
[CollectionDefinition(nameof(BadInputSuiteTests), DisableParallelization = true)]
public sealed class BadInputSuiteRunsAlone;
