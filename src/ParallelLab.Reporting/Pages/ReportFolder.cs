using ParallelLab.Core.IO;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Pages;

/// <summary>
/// The report's folder, replaced whole: the new report is written into a staging folder beside it
/// and renamed into place at the end, so an interrupted report leaves the previous one, never
/// half of a new one. Only an empty folder or an earlier report (it holds <see cref="Marker"/>)
/// is ever replaced.
/// </summary>
internal sealed class ReportFolder : IDisposable
{
    /// <summary>The file that marks a folder as a report this writer may replace.</summary>
    public const string Marker = ".parallellab-report";

    private ReportFolder(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    public string Target { get; }

    /// <summary>Where the new report is written until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>Checks that <paramref name="outputDirectory"/> may be replaced, and makes the staging folder with its <c>plots/</c>.</summary>
    public static ReportFolder Stage(string outputDirectory, ResultSet results) => Stage(outputDirectory, results.Files);

    /// <summary>The same, for a report read from <paramref name="inputs"/> (files).</summary>
    public static ReportFolder Stage(string outputDirectory, IReadOnlyList<string> inputs)
    {
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        CheckReplaceable(target, inputs);
        string parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(Path.Combine(staging, "plots"));
        File.WriteAllText(Path.Combine(staging, Marker), "A report of 'parallellab report'; the next report to this folder replaces it whole.\n");
        return new ReportFolder(target, staging);
    }

    /// <summary>The new report takes the old one's place; the old one is removed only once the new one is in.</summary>
    public void Commit()
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(Staging, Target);
            return;
        }

        string old = Staging + ".old";
        Directory.Move(Target, old);
        try
        {
            Directory.Move(Staging, Target);
        }
        catch
        {
            Directory.Move(old, Target);
            throw;
        }

        try
        {
            Directory.Delete(old, recursive: true);
        }
        catch (IOException)
        {
            // The new report is in place; a leftover hidden folder is not worth failing for.
        }
    }

    /// <summary>Removes the staging folder if the report was not committed.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    /// <summary>
    /// Refuses to replace what is not a report: a file, a folder with other content (the
    /// repository, a results folder), or a folder that holds the results being read or the
    /// current directory.
    /// </summary>
    private static void CheckReplaceable(string target, IReadOnlyList<string> inputs)
    {
        if (File.Exists(target))
        {
            throw new InputException($"output '{target}' is a file; give a folder for the report");
        }

        string inside = target + Path.DirectorySeparatorChar;
        string current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Environment.CurrentDirectory)) + Path.DirectorySeparatorChar;
        if (current.StartsWith(inside, StringComparison.Ordinal) || inputs.Any(f => Path.GetFullPath(f).StartsWith(inside, StringComparison.Ordinal)))
        {
            throw new InputException($"output folder '{target}' holds the results or the current folder; choose a folder of its own for the report");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, Marker)))
        {
            throw new InputException($"output folder '{target}' is not empty and is not an earlier report; choose another --output");
        }
    }
}
