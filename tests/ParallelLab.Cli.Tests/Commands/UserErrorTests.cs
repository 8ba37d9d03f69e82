using System.Text;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Commands;

/// <summary>A user's mistake gets one line on standard error and a non-zero exit code, never a stack trace.</summary>
[Collection(nameof(UserErrorTests))]
public sealed class UserErrorTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public UserErrorTests()
    {
        File.WriteAllText(Book, "The cat sat on the mat. The end.");
        File.WriteAllText(Dat, "the 3 37.5\ncat 1 12.5\n");
    }

    private string Book => _dir.File("book.txt");

    private string Dat => _dir.File("book.dat");

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string[], int, string> Cases() => new()
    {
        { ["wordcount", "missing.txt", "out.dat"], CliApp.InputError, "book 'missing.txt' does not exist" },
        { ["wordcount", "book.txt", "out.dat", "abc"], CliApp.UsageError, "Cannot parse argument 'abc'" },
        { ["wordcount", "book.txt", ""], CliApp.InputError, "output path is empty" },
        { ["acf", "book.txt", "book.dat", "out.csv", "--timesteps", "2000000"], CliApp.UsageError, "--timesteps must be between 1 and 1000000" },
        { ["wordcount", "book.txt"], CliApp.UsageError, "Required argument missing" },
        { ["wordcount", "book.txt", "no-such-dir/out.dat"], CliApp.InputError, "does not exist" },
        { ["zipf", "ten", "book.dat"], CliApp.UsageError, "Cannot parse argument 'ten'" },
        { ["zipf", "10", "missing.dat"], CliApp.InputError, "word-count file 'missing.dat' does not exist" },
        { ["zipf", "10", "book.txt"], CliApp.InputError, "line 1 is not 'word count percentage'" },
        { ["acf", "book.txt", "book.dat", "out.csv", "--words", "0"], CliApp.UsageError, "--words must be at least 1" },
        { ["acf", "book.txt", "book.dat", "out.csv", "--kernel", "slow"], CliApp.UsageError, "Argument 'slow' not recognized" },
        { ["acf", "book.txt", "book.dat", "out.csv", "--timesteps", "x"], CliApp.UsageError, "Cannot parse argument 'x'" },
        { ["frobnicate"], CliApp.UsageError, "Unrecognized command or argument 'frobnicate'" },
        { ["corpus", "info", "--corpus", "no-such-corpus"], CliApp.InputError, "corpus directory 'no-such-corpus' does not exist" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gives_one_clear_line_and_the_right_exit_code(string[] args, int exitCode, string message)
    {
        CliRun run = InDirectory(() => CliRun.Of(args));

        Assert.Equal(exitCode, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("parallellab: error: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_book_name_starting_with_at_is_a_file_not_a_response_file()
    {
        File.WriteAllText(_dir.File("@notes.txt"), "at sign");

        CliRun run = InDirectory(() => CliRun.Of("wordcount", "@notes.txt", "notes.dat"));

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal("at 1 50.0\nsign 1 50.0\n", File.ReadAllText(_dir.File("notes.dat")));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    public void A_min_length_of_one_or_less_keeps_every_word_as_python_does(string minLength)
    {
        CliRun run = CliRun.Of("wordcount", Book, _dir.File("all.dat"), minLength);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(_dir.File("all.dat")), CliRunThenRead("wordcount", Book, _dir.File("default.dat")));
    }

    [Fact]
    public void A_directory_given_as_book_is_named_as_such()
    {
        CliRun run = CliRun.Of("wordcount", _dir.Path, _dir.File("out.dat"));

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Contains("is a directory, not a file", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_book_is_refused()
    {
        File.WriteAllBytes(_dir.File("image.txt"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        CliRun run = CliRun.Of("wordcount", _dir.File("image.txt"), _dir.File("out.dat"));

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Contains("looks binary", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("out.dat")));
    }

    [Fact]
    public void A_book_that_is_not_utf8_is_refused()
    {
        File.WriteAllBytes(_dir.File("latin1.txt"), Encoding.Latin1.GetBytes("caf\u00e9 cr\u00e8me"));

        CliRun run = CliRun.Of("wordcount", _dir.File("latin1.txt"), _dir.File("out.dat"));

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Contains("not valid UTF-8", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n.,;!\r\n")]
    public void An_empty_book_is_refused_by_acf(string content)
    {
        File.WriteAllText(_dir.File("empty.txt"), content);

        CliRun run = CliRun.Of("acf", _dir.File("empty.txt"), Dat, _dir.File("out.csv"));

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.False(File.Exists(_dir.File("out.csv")));
    }

    [Fact]
    public void A_dat_from_another_book_is_refused_by_acf()
    {
        File.WriteAllText(_dir.File("other.dat"), "walrus 9 100.0\n");

        CliRun run = CliRun.Of("acf", Book, _dir.File("other.dat"), _dir.File("out.csv"));

        Assert.Equal(CliApp.InputError, run.ExitCode);
        Assert.Contains("does not occur in book", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static string CliRunThenRead(params string[] args)
    {
        Assert.Equal(0, CliRun.Of(args).ExitCode);
        return File.ReadAllText(args[2]);
    }

    private T InDirectory<T>(Func<T> action)
    {
        // Relative paths in the cases above are resolved against the temporary directory.
        lock (typeof(Directory))
        {
            string previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = _dir.Path;
            try
            {
                return action();
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
    }
}

/// <summary>
/// Alone, after the parallel tests: the relative-path cases change the process's current
/// directory for a moment, which every process another test starts then would inherit (an
/// <c>mpiexec</c> started in that moment failed to enter the folder once it was deleted).
/// </summary>
[CollectionDefinition(nameof(UserErrorTests), DisableParallelization = true)]
public sealed class UserErrorTestsRunAlone;
