using ParallelLab.Paradigms;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Workflow;

/// <summary>
/// The <c>parallellab</c> command line as a workflow step runs it: beside the running program (the
/// CLI itself, or a benchmark or test that references it) the ahead-of-time compiled
/// <c>parallellab</c> when it has been built, else <c>parallellab.dll</c> through the <c>dotnet</c>
/// host; or the path in <c>PARALLELLAB_CLI</c>.
/// </summary>
public sealed class CliProgram
{
    public const string CliVariable = "PARALLELLAB_CLI";

    private CliProgram(string path) => Path = path;

    /// <summary>The executable, or the assembly the host runs.</summary>
    public string Path { get; }

    /// <summary>Where the CLI is expected, whether or not it is there.</summary>
    public static string ExpectedPath(string? explicitPath = null) => DotnetHost.ProgramPath("parallellab", CliVariable, explicitPath);

    public static CliProgram Locate(string? explicitPath = null)
    {
        string path = System.IO.Path.GetFullPath(ExpectedPath(explicitPath));
        return File.Exists(path)
            ? new CliProgram(path)
            : throw new ParadigmException($"the parallellab CLI '{path}' was not found; build src/ParallelLab.Cli or set {CliVariable}");
    }

    public ProcessCommand Command(params IEnumerable<string> arguments)
    {
        (string fileName, IReadOnlyList<string> all) = DotnetHost.CommandFor(Path, arguments);
        return new ProcessCommand(fileName, all);
    }
}
