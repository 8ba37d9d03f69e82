using ParallelLab.Paradigms;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Workflow;

/// <summary>
/// The <c>parallellab</c> command line as a workflow step runs it: <c>parallellab.dll</c> beside
/// the running program (the CLI itself, or a benchmark or test that references it), or the path
/// in <c>PARALLELLAB_CLI</c>, started through the <c>dotnet</c> host.
/// </summary>
public sealed class CliProgram
{
    public const string CliVariable = "PARALLELLAB_CLI";

    private CliProgram(string assemblyPath) => AssemblyPath = assemblyPath;

    public string AssemblyPath { get; }

    /// <summary>Where the CLI is expected, whether or not it is there.</summary>
    public static string ExpectedPath(string? explicitPath = null) => DotnetHost.ProgramPath("parallellab.dll", CliVariable, explicitPath);

    public static CliProgram Locate(string? explicitPath = null)
    {
        string path = Path.GetFullPath(ExpectedPath(explicitPath));
        return File.Exists(path)
            ? new CliProgram(path)
            : throw new ParadigmException($"the parallellab CLI '{path}' was not found; build src/ParallelLab.Cli or set {CliVariable}");
    }

    public ProcessCommand Command(params IEnumerable<string> arguments) => new(DotnetHost.Path(), [AssemblyPath, .. arguments]);
}
