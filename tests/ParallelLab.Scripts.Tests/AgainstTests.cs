using System.Diagnostics;
using System.Text.RegularExpressions;
using ParallelLab.Core.Corpus;

namespace ParallelLab.Scripts.Tests;

/// <summary>
/// <c>--against REF</c> on a throwaway repository: this checkout's files as a first commit, and a
/// second commit whose reference ACF kernel counts every lag twice (twice the work in its inner
/// loop, the same results). Against its parent the slower kernel is caught, measured again and
/// named, exit 3; against itself nothing is. Both scripts, the same folders. BenchmarkDotNet's Dry
/// job in process, three warm-ups and ten iterations a run, on a small corpus: the builds (the
/// repository's and the parent's worktree) are most of the few minutes it takes.
/// The test is of the script, not of how small a slowdown the statistics can see, so the slowdown
/// must stand clear of the machine's noise: a third more work (1.18–1.39× slower) was missed once
/// in CI, and half as much again (1.37–1.53× when measured alone) was called the same three times,
/// on hosts whose single-thread speed swung by a third within the hour.
/// </summary>
[Collection(CheckoutBuilds.Name)]
public sealed partial class AgainstTests : IDisposable
{
    private const string Filter = "*Serial.AcfReferenceKernel*";
    private static readonly string[] Dry = ["--", "--job", "dry", "--warmupCount", "3", "--iterationCount", "10", "--inProcess"];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("parallellab-against-");

    /// <summary>
    /// No Native AOT programs: the benchmark runs in its process and starts none, and publishing
    /// them would take ~40 s for each of the two checkouts. The cache, where the parent's worktree
    /// goes, in this test's folder.
    /// </summary>
    private Dictionary<string, string> ScriptEnvironment => new()
    {
        ["PARALLELLAB_NO_NATIVE"] = "1",
        ["PARALLELLAB_CACHE"] = Path.Combine(_folder.FullName, "cache"),
    };

    public void Dispose()
    {
        // Files git wrote read-only (its objects) must be writable to be deleted.
        foreach (string file in Directory.EnumerateFiles(_folder.FullName, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        _folder.Delete(recursive: true);
    }

    [Fact]
    public void A_commit_that_slows_a_kernel_is_caught_against_its_parent_and_none_against_itself()
    {
        string repository = ThrowawayRepository();
        string corpus = SmallCorpus();

        ScriptRun same = ScriptRun.BashIn(repository, ScriptEnvironment, [Filter, "--against", "HEAD", "--run", "same", "--corpus", corpus, .. Dry]);
        ScriptRun slowed = ScriptRun.BashIn(repository, ScriptEnvironment, [Filter, "--against", "HEAD~1", "--run", "slowed", "--corpus", corpus, .. Dry]);
        ScriptRun slowedPowerShell = ScriptRun.PowerShellIn(repository, ScriptEnvironment, $"& ./run-benchmarks.ps1 '{Filter}' -Against HEAD~1 -Run slowed-ps1 -Corpus '{corpus}' -BenchmarkArgs '--job','dry','--warmupCount','3','--iterationCount','10','--inProcess'; exit $LASTEXITCODE");

        Assert.True(same.ExitCode == 0, Told(same, repository, "same"));
        Assert.Contains("is this checkout unchanged: one build serves both", same.Output, StringComparison.Ordinal);
        // On a busy runner the lab may be unable to judge the case at all, and says so.
        Assert.Matches("regression: (none|not judged)", same.Output);

        Assert.True(slowed.ExitCode == 3, Told(slowed, repository, "slowed"));
        Assert.Contains("note: no native programs (PARALLELLAB_NO_NATIVE=1)", slowed.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repository, "artifacts", "native")), "PARALLELLAB_NO_NATIVE=1, yet native programs were built");

        // The parent's worktree in the cache, not under the checkout, where BenchmarkDotNet would
        // find two projects of one name for any job that is not in-process.
        string worktrees = Path.Combine(_folder.FullName, "cache", "against");
        Assert.Single(Directory.GetDirectories(worktrees, "*", SearchOption.AllDirectories), folder => File.Exists(Path.Combine(folder, ".git")));
        Assert.Empty(Directory.GetFiles(repository, "ParallelLab.Benchmarks.csproj", SearchOption.AllDirectories).Skip(1));
        Assert.Matches(@"==> Serial: HEAD~1, run 1 of 2\n(.*\n)*==> Serial: this checkout, run 1 of 2\n(.*\n)*==> Serial: this checkout, run 2 of 2\n(.*\n)*==> Serial: HEAD~1, run 2 of 2", slowed.Output);
        string confirmed = File.ReadAllText(Path.Combine(repository, "reports", "slowed", "compare-confirmed.md"));
        Assert.StartsWith("### Benchmarks, measured again: this checkout against HEAD~1 (", confirmed, StringComparison.Ordinal);
        Match slower = SlowerRow().Match(confirmed);
        Assert.True(slower.Success, confirmed);
        // Twice the inner loop's work: measured 1.95–2.21× alone, 3.16× once in CI on a host whose
        // speed swings by a third. The bounds catch a comparison of the wrong builds, not the noise.
        Assert.InRange(double.Parse(slower.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1.3, 8.0);

        Assert.True(slowedPowerShell.ExitCode == 3, Told(slowedPowerShell, repository, "slowed-ps1"));
        Assert.Equal(Files(repository, "slowed"), Files(repository, "slowed-ps1"));
    }

    /// <summary>
    /// Four synthetic books, the largest 400 kB: the kernel takes tens of milliseconds on it instead
    /// of the built-in corpus's hundreds, and every measured run a second or two instead of five to eight.
    /// </summary>
    private string SmallCorpus()
    {
        string corpus = Path.Combine(_folder.FullName, "corpus");
        SyntheticCorpus.Generate(corpus, SyntheticCorpusOptions.Default with { BookCount = 4, SmallestBookBytes = 50_000, LargestBookBytes = 400_000 });
        return corpus;
    }

    /// <summary>A repository of this checkout's tracked files (as they are now), then the slower kernel on top.</summary>
    private string ThrowawayRepository()
    {
        string repository = Path.Combine(_folder.FullName, "lab");
        foreach (string file in Git(ScriptRun.Root, "ls-files", "-z").Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            string source = Path.Combine(ScriptRun.Root, file);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree
            }

            string target = Path.Combine(repository, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        Git(repository, "init", "-q");
        Git(repository, "add", "-A");
        Git(repository, "commit", "-q", "-m", "the lab as it is");

        string kernel = Path.Combine(repository, "src", "ParallelLab.Core", "Autocorrelation", "ReferenceAcfKernel.cs");
        string text = File.ReadAllText(kernel);
        const string Anchor = "            pairs[k] += sum;";
        Assert.True(text.Contains(Anchor, StringComparison.Ordinal), "the reference kernel no longer has the line this test slows down");
        string[] slower =
        [
            "            for (int i = 1; i < n - t; i++)",
            "            {",
            "                sum += mask[i] & mask[i + t];",
            "            }",
            "",
            "            sum /= 2;",
            "",
        ];
        File.WriteAllText(kernel, text.Replace(Anchor, string.Join('\n', [.. slower, Anchor]), StringComparison.Ordinal));
        Git(repository, "commit", "-q", "-am", "count every lag twice");
        return repository;
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in (string[])["-c", "user.name=ParallelLab tests", "-c", "user.email=tests@parallellab.invalid", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        Directory.CreateDirectory(directory);
        using Process git = Process.Start(start)!;
        Task<string> output = git.StandardOutput.ReadToEndAsync();
        Task<string> error = git.StandardError.ReadToEndAsync();
        Assert.True(git.WaitForExit(TimeSpan.FromMinutes(2)), "git did not finish");
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output.Result;
    }

    /// <summary>
    /// What a run printed, and the medians, ratio and p-value of every comparison it made: a
    /// verdict the test did not expect says whether the machine or the script was at fault.
    /// </summary>
    private static string Told(ScriptRun run, string repository, string name)
    {
        string report = Path.Combine(repository, "reports", name);
        IEnumerable<string> comparisons = ((string[])["compare.json", "compare-confirmed.json"])
            .Select(file => Path.Combine(report, file))
            .Where(File.Exists)
            .Select(file => $"{Path.GetFileName(file)}:\n{File.ReadAllText(file)}");
        return string.Join('\n', [run.Output, run.Error, .. comparisons]);
    }

    /// <summary>What a run left, relative to its two folders, with BenchmarkDotNet's time stamps in file names blanked.</summary>
    private static string[] Files(string repository, string run)
    {
        IEnumerable<string> Under(string root, string prefix) => Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => prefix + Path.GetRelativePath(root, f))
            : [];
        return [.. Under(Path.Combine(repository, "reports", "benchmarks", run), string.Empty)
            .Concat(Under(Path.Combine(repository, "reports", run), "report/"))
            .Select(f => TimeStamp().Replace(f, "-TIME"))
            .Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\| `Serial\.AcfReferenceKernel\(\)@Dry` \| [^|]+ \| [^|]+ \| (\d\.\d{3})× \|")]
    private static partial Regex SlowerRow();

    [GeneratedRegex(@"-\d{8}-\d{6}")]
    private static partial Regex TimeStamp();
}
