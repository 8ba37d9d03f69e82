using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ParallelLab.Core.IO;
using ParallelLab.Reporting.History;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// The commit a history entry names: its full hash and committer date from git when the current
/// folder's repository has it, else from <c>--date</c>. The committer date orders the history, as
/// it orders <c>git log</c>.
/// </summary>
internal static partial class GitCommits
{
    [GeneratedRegex("^[0-9a-fA-F]{4,64}$")]
    private static partial Regex HexName();

    public static HistoryCommit Resolve(string commit, string? date, string? branch)
    {
        if (string.IsNullOrWhiteSpace(commit))
        {
            throw new InputException("--commit is empty; name the commit the results measured (e.g. --commit \"$(git rev-parse HEAD)\")");
        }

        if (date is not null)
        {
            if (!HexName().IsMatch(commit))
            {
                throw new InputException($"--commit '{commit}' is not a commit hash (4 to 64 hexadecimal digits)");
            }

            return DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed)
                ? new HistoryCommit(commit.ToLowerInvariant(), parsed, branch)
                : throw new InputException($"--date '{date}' is not a date (ISO 8601, e.g. 2026-11-30T22:41:00Z)");
        }

        string? shown = Git("show", "-s", "--format=%H %cI", commit + "^{commit}");
        string[] parts = shown?.Split(' ', 2) ?? [];
        return parts.Length == 2 && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset committed)
            ? new HistoryCommit(parts[0], committed, branch)
            : throw new InputException($"commit '{commit}' is not in the repository of the current folder; run from the checkout, or give its --date");
    }

    /// <summary>git's one line of output, or null when git is missing or fails.</summary>
    private static string? Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using Process git = Process.Start(start)!;
            Task<string> output = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                git.Kill(entireProcessTree: true);
                return null;
            }

            return git.ExitCode == 0 ? output.Result.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
