using System.Text.RegularExpressions;

namespace ParallelLab.Scripts.Tests;

/// <summary>The two main-job scripts take the same options (--name in bash is -Name in PowerShell) and refuse the same mistakes alike.</summary>
public partial class ScriptOptionsTests
{
    [Fact]
    public void Both_scripts_take_the_same_options()
    {
        ScriptRun help = ScriptRun.Bash("--help");
        ScriptRun parameters = ScriptRun.PowerShell("(Get-Command ./run-benchmarks.ps1).Parameters.Values | Where-Object { -not $_.Attributes.DontShow -and $_.Name -notin [System.Management.Automation.PSCmdlet]::CommonParameters } | ForEach-Object Name");

        Assert.Equal(0, help.ExitCode);
        Assert.Equal(0, parameters.ExitCode);
        // --job → Job; the positional FILTER → Filter; what follows -- → BenchmarkArgs.
        string[] bashOptions = [.. BashOption().Matches(help.Output).Select(m => m.Groups[1].Value switch
        {
            "FILTER" => "Filter",
            "--" => "BenchmarkArgs",
            var option => char.ToUpperInvariant(option[2]) + option[3..],
        })];
        string[] powerShellParameters = parameters.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["Filter", "Job", "Corpus", "Baseline", "Against", "Run", "BenchmarkArgs"], bashOptions);
        Assert.Equal(bashOptions.Order(StringComparer.Ordinal), powerShellParameters.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Both_scripts_explain_every_option_in_their_help()
    {
        ScriptRun bash = ScriptRun.Bash("--help");
        ScriptRun powerShell = ScriptRun.PowerShellFile("-?");

        Assert.Equal(0, bash.ExitCode);
        Assert.Equal(0, powerShell.ExitCode);
        foreach (string option in new[] { "FILTER", "--job", "--corpus", "--baseline", "--against", "--run", "--" })
        {
            Assert.Matches($"(?m)^{Regex.Escape(option)} +\\S", bash.Output);
        }

        ScriptRun full = ScriptRun.PowerShell("Get-Help ./run-benchmarks.ps1 -Full | Out-String -Width 400");
        foreach (string parameter in new[] { "Filter", "Job", "Corpus", "Baseline", "Against", "Run", "BenchmarkArgs" })
        {
            Assert.Matches($"(?m)^ *-{parameter} <String(\\[\\])?>\\r?\\n +[A-Za-z]", full.Output);
        }

        Assert.Contains("SYNOPSIS", powerShell.Output, StringComparison.Ordinal);
    }

    public static TheoryData<string[], string[], string> Mistakes => new()
    {
        { ["--bogus"], ["-Bogus"], "unknown option '--bogus' (see --help)" },
        { ["*A*", "*B*"], ["*A*", "*B*"], "one filter only (got '*A*' and '*B*')" },
        { ["*", "*B*"], ["*", "*B*"], "one filter only (got '*' and '*B*')" },
        { ["--job", "fast"], ["-Job", "fast"], "--job must be quick, short or default, not 'fast'" },
        { ["--job", "QUICK"], ["-Job", "QUICK"], "--job must be quick, short or default, not 'QUICK'" },
        { ["--run", "benchmarks"], ["-Run", "benchmarks"], "--run must start with a letter or digit, hold only letters, digits, '.', '_' and '-', and not be 'benchmarks'" },
        { ["--run", "a b"], ["-Run", "a b"], "--run must start with a letter or digit, hold only letters, digits, '.', '_' and '-', and not be 'benchmarks'" },
        { ["--run", "ab\n"], ["-Run", "ab\n"], "--run must start with a letter or digit, hold only letters, digits, '.', '_' and '-', and not be 'benchmarks'" },
        { ["--corpus", "/no/such/corpus"], ["-Corpus", "/no/such/corpus"], "corpus directory '/no/such/corpus' does not exist" },
        { ["--baseline", "/no/such/results"], ["-Baseline", "/no/such/results"], "baseline '/no/such/results' does not exist" },
        { ["--baseline", "/no/such/results", "--against", "HEAD"], ["-Baseline", "/no/such/results", "-Against", "HEAD"], "--baseline and --against both name a baseline; give one" },
        { ["--against", "no-such-commit-here"], ["-Against", "no-such-commit-here"], "--against 'no-such-commit-here' is not a commit of this repository" },
        { ["--", "--within", "*A*"], ["-BenchmarkArgs", "--within=*A*"], "--within is the script's own: it runs FILTER a class at a time; name the cases in FILTER" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_usage_mistake_is_one_line_and_exit_2_in_both(string[] bashArguments, string[] powerShellArguments, string message)
    {
        ScriptRun bash = ScriptRun.Bash(bashArguments);
        ScriptRun powerShell = ScriptRun.PowerShellFile(powerShellArguments);

        Assert.Equal((2, 2), (bash.ExitCode, powerShell.ExitCode));
        Assert.Equal($"run-benchmarks.sh: error: {message}", Assert.Single(bash.ErrorLines));
        Assert.Equal($"run-benchmarks.sh: error: {message}", InBashWords(Assert.Single(powerShell.ErrorLines)));
    }

    /// <summary>The PowerShell message with its own names put back: -Job → --job, "see -?" → "see --help".</summary>
    private static string InBashWords(string line) => PowerShellOption().Replace(
        line.Replace("run-benchmarks.ps1:", "run-benchmarks.sh:", StringComparison.Ordinal).Replace("(see -?)", "(see --help)", StringComparison.Ordinal),
        m => "--" + m.Groups[1].Value.ToLowerInvariant());

    /// <summary>An option line of the bash usage: "--job       quick: …", "FILTER      …", "--          …".</summary>
    [GeneratedRegex(@"(?m)^(FILTER|--[a-z]*) +\S")]
    private static partial Regex BashOption();

    [GeneratedRegex(@"(?<=^|[ '(])-([A-Z][a-z]+)\b")]
    private static partial Regex PowerShellOption();
}
