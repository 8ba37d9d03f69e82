using System.Diagnostics;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Tool;

/// <summary>
/// <c>dotnet tool install ParallelLab.Tool</c> as a user outside the lab does it: the CLI packed,
/// installed from a local folder source (the only source, into a fresh package cache and a tool
/// path of its own), and run from a folder outside the checkout on results that are not the lab's.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_tool_installs_from_a_local_source_and_reports_on_anyones_results()
    {
        string feed = _folder.File("feed");
        string tools = _folder.File("tools");
        string project = Path.Combine(ChildProcess.RepositoryRoot(), "src", "ParallelLab.Cli", "ParallelLab.Cli.csproj");
        File.WriteAllText(_folder.File("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        // The tests' own build of the CLI, packed as it is: no second build beside the running tests.
        Run(Dotnet("pack", project, "-c", ChildProcess.Configuration, "--no-build", "-o", feed, "-nologo"));
        string package = Assert.Single(Directory.GetFiles(feed, "ParallelLab.Tool.*.nupkg"));
        string install = Run(Dotnet("tool", "install", "ParallelLab.Tool", "--tool-path", tools, "--configfile", _folder.File("nuget.config")));
        ProcessStartInfo report = ChildProcess.Command(Path.Combine(tools, "parallellab"), "report", ForeignResults.Folder, "--output", "report", "--baseline-method", "Loop");
        report.WorkingDirectory = _folder.Path;
        string output = Run(report);

        Assert.Contains("Tool 'parallellab.tool' (version '", install, StringComparison.Ordinal);
        Assert.EndsWith(".nupkg", package, StringComparison.Ordinal);
        Assert.StartsWith("3 scaling groups (2 judged), 10 charts from 15 cases\n", output, StringComparison.Ordinal);
        Assert.Contains("### ParallelSum.PartitionedSum", File.ReadAllText(_folder.File(Path.Combine("report", "index.md"))), StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.File(Path.Combine("report", "plots", "speedup-plinqsum-asparallel.png"))));
    }

    private ProcessStartInfo Dotnet(params string[] args)
    {
        ProcessStartInfo start = ChildProcess.Command("dotnet", args);
        // A package cache of its own: an earlier install of the same version must not stand in for this build.
        start.Environment["NUGET_PACKAGES"] = _folder.File("packages");
        start.WorkingDirectory = _folder.Path;
        return start;
    }

    private static string Run(ProcessStartInfo start)
    {
        (int exit, string output, string error) = ChildProcess.Run(start, Patience);
        Assert.True(exit == 0, $"{start.FileName} {string.Join(' ', start.ArgumentList)}: exit {exit}\n{output}\n{error}");
        return output;
    }
}
