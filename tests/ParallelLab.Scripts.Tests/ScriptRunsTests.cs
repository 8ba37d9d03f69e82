using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ParallelLab.Scripts.Tests;

/// <summary>
/// The two main-job scripts on a small real filter (one of PoolStartup.StartAndStop's three cases, named by its
/// parameter; BenchmarkDotNet's Dry job with six iterations, in-process, seconds in all): the same
/// exit codes and the same folders, for a plain run, for a regression against a baseline (measured
/// again, still there: exit 3), for a filter that matches nothing, and for BenchmarkDotNet's --list.
/// The confirming run measures the regressed method within the filter, not all its cases. One
/// test, because the runs share the checkout's Release build and its reports folder.
/// </summary>
[Collection(CheckoutBuilds.Name)]
public sealed partial class ScriptRunsTests : IDisposable
{
    // One worker: the case a runner that withholds part of a core still counts as quiet, so that the
    // regression below is judged, not set aside as "measured on a busy machine".
    private const string Filter = "*PoolStartup.StartAndStop(Workers: 1)";

    /// <summary>Six iterations: enough for the Mann–Whitney test to call a 3× slowdown significant.</summary>
    private static readonly string[] Quick = ["--job", "dry", "--iterationCount", "6", "--inProcess"];

    private static readonly string QuickList = string.Join(',', Quick.Select(a => $"'{a}'"));

    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _runs = [];
    private readonly string _artifactsRoot = Path.Combine(ScriptRun.Root, "reports", "benchmarks");
    private readonly bool _artifactsRootExisted = Directory.Exists(Path.Combine(ScriptRun.Root, "reports", "benchmarks"));

    private string BaselineFile => Path.Combine(Path.GetTempPath(), $"parallellab-twin-{_id}-baseline.json");

    public void Dispose()
    {
        File.Delete(BaselineFile);
        foreach (string run in _runs)
        {
            foreach (string folder in new[] { Path.Combine(ScriptRun.Root, "reports", run), Path.Combine(ScriptRun.Root, "reports", "benchmarks", run) })
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        // The scripts make reports/benchmarks/; a checkout that had none gets none back.
        if (!_artifactsRootExisted && Directory.Exists(_artifactsRoot) && !Directory.EnumerateFileSystemEntries(_artifactsRoot).Any())
        {
            Directory.Delete(_artifactsRoot);
        }
    }

    [Fact]
    public void Both_scripts_make_the_same_folders_with_the_same_exit_codes()
    {
        string bashRun = Run("sh");
        string powerShellRun = Run("ps1");
        ScriptRun bash = ScriptRun.Bash([Filter, "--run", bashRun, "--", .. Quick]);
        ScriptRun powerShell = ScriptRun.PowerShellCommand($"'{Filter}' -Run {powerShellRun} -BenchmarkArgs {QuickList}");

        Assert.True(bash.ExitCode == 0, bash.Output + bash.Error);
        Assert.True(powerShell.ExitCode == 0, powerShell.Output + powerShell.Error);
        Assert.Equal(Files(bashRun), Files(powerShellRun));
        // The lab's recorder ran with every case: the report can say whether the machine was quiet.
        Assert.Contains("machine while measuring: ", bash.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("machine while measuring: not recorded", bash.Output, StringComparison.Ordinal);
        Assert.Contains("results/ParallelLab.Benchmarks.PoolStartup-report-full.json", Files(bashRun));
        Assert.Contains("report/index.html", Files(bashRun));
        Assert.Equal(["ParallelLab.Benchmarks.PoolStartup.StartAndStop(Workers: 1)"], CaseNames(bashRun, "results"));

        // A baseline where every case took a tenth of the time: slower, measured again, still slower
        // (native workers start in milliseconds, so a smaller gap can drown in a busy machine's noise).
        string baseline = FakeFasterBaseline(bashRun);
        string bashAgainst = Run("sh-against");
        string powerShellAgainst = Run("ps1-against");
        bash = ScriptRun.Bash([Filter, "--run", bashAgainst, "--baseline", baseline, "--", .. Quick]);
        powerShell = ScriptRun.PowerShellCommand($"'{Filter}' -Run {powerShellAgainst} -Baseline '{baseline}' -BenchmarkArgs {QuickList}");

        Assert.True(bash.ExitCode == 3, bash.Output + bash.Error);
        Assert.True(powerShell.ExitCode == 3, powerShell.Output + powerShell.Error);
        Assert.Equal(Files(bashAgainst), Files(powerShellAgainst));
        Assert.Contains("rerun.txt", Files(bashAgainst));
        Assert.Contains("confirm/results/ParallelLab.Benchmarks.PoolStartup-report-full.json", Files(bashAgainst));
        Assert.Contains("report/compare-confirmed.json", Files(bashAgainst));
        // The regressed method is measured again within the user's filter: its one case, not all three.
        Assert.Equal(["ParallelLab.Benchmarks.PoolStartup.StartAndStop(Workers: 1)"], CaseNames(bashAgainst, "confirm/results"));
        Assert.Equal(CaseNames(bashAgainst, "confirm/results"), CaseNames(powerShellAgainst, "confirm/results"));

        // A filter that matches nothing runs no benchmark: said in one line, exit 2, no report.
        bash = ScriptRun.Bash("*NoSuchBenchmark*", "--run", Run("sh-none"));
        powerShell = ScriptRun.PowerShellFile("*NoSuchBenchmark*", "-Run", Run("ps1-none"));
        Assert.Equal((2, 2), (bash.ExitCode, powerShell.ExitCode));
        Assert.Contains("error: BenchmarkDotNet ran no benchmark", Assert.Single(bash.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("error: BenchmarkDotNet ran no benchmark", Assert.Single(powerShell.ErrorLines), StringComparison.Ordinal);

        // BenchmarkDotNet's --list is its own answer, shown whole, with no run and no report.
        string bashList = Run("sh-list");
        string powerShellList = Run("ps1-list");
        bash = ScriptRun.Bash(Filter, "--run", bashList, "--", "--list", "flat");
        powerShell = ScriptRun.PowerShellCommand($"'{Filter}' -Run {powerShellList} -BenchmarkArgs '--list','flat'");
        Assert.Equal((0, 0), (bash.ExitCode, powerShell.ExitCode));
        Assert.Contains("ParallelLab.Benchmarks.PoolStartup.StartAndStop", bash.Output, StringComparison.Ordinal);
        Assert.Contains("ParallelLab.Benchmarks.PoolStartup.StartAndStop", powerShell.Output, StringComparison.Ordinal);
        Assert.Empty(Files(bashList));
        Assert.Empty(Files(powerShellList));
    }

    private string Run(string script)
    {
        string run = $"twin-{_id}-{script}";
        _runs.Add(run);
        return run;
    }

    /// <summary>What a run left, relative to its two folders, with BenchmarkDotNet's time stamps in file names blanked.</summary>
    private static string[] Files(string run)
    {
        string artifacts = Path.Combine(ScriptRun.Root, "reports", "benchmarks", run);
        string report = Path.Combine(ScriptRun.Root, "reports", run);
        IEnumerable<string> Under(string root, string prefix) => Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => prefix + Path.GetRelativePath(root, f))
            : [];
        return [.. Under(artifacts, string.Empty).Concat(Under(report, "report/")).Select(f => TimeStamp().Replace(f, "-TIME")).Order(StringComparer.Ordinal)];
    }

    /// <summary>The cases a run's BenchmarkDotNet JSON under <paramref name="folder"/> holds.</summary>
    private static string[] CaseNames(string run, string folder)
    {
        string results = Path.Combine(ScriptRun.Root, "reports", "benchmarks", run, folder, "ParallelLab.Benchmarks.PoolStartup-report-full.json");
        return [.. JsonNode.Parse(File.ReadAllText(results))!["Benchmarks"]!.AsArray().Select(b => b!["FullName"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
    }

    private string FakeFasterBaseline(string run)
    {
        string results = Path.Combine(ScriptRun.Root, "reports", "benchmarks", run, "results", "ParallelLab.Benchmarks.PoolStartup-report-full.json");
        JsonNode report = JsonNode.Parse(File.ReadAllText(results))!;
        foreach (JsonNode? measurement in report["Benchmarks"]!.AsArray().SelectMany(b => b!["Measurements"]!.AsArray()))
        {
            measurement!["Nanoseconds"] = measurement["Nanoseconds"]!.GetValue<double>() * 0.1;
        }

        // Without the machine's load recorded, the baseline is not taken for busy: a busy first run
        // must not set the regression aside on the baseline's side too.
        foreach (JsonNode? benchmark in report["Benchmarks"]!.AsArray())
        {
            benchmark!.AsObject().Remove("Metrics");
        }

        File.WriteAllText(BaselineFile, report.ToJsonString());
        return BaselineFile;
    }

    [GeneratedRegex(@"-\d{8}-\d{6}")]
    private static partial Regex TimeStamp();
}
