using System.Diagnostics;
using ParallelLab.TestSupport;

namespace ParallelLab.Scripts.Tests;

/// <summary>
/// One run of a main-job script: <c>run-benchmarks.sh</c> under bash, or <c>run-benchmarks.ps1</c>
/// under PowerShell hosted by tests/ParallelLab.PowerShellHost (Debian ships no pwsh), from the
/// checkout's root, with what it printed and its exit code.
/// </summary>
internal sealed record ScriptRun(int ExitCode, string Output, string Error)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);

    /// <summary>The checkout: the folder above the tests that holds ParallelLab.sln.</summary>
    public static string Root { get; } = ChildProcess.RepositoryRoot();

    /// <summary>Standard error's lines, without blank ones.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static ScriptRun Bash(params string[] arguments) => Run("bash", ["run-benchmarks.sh", .. arguments]);

    /// <summary>A Python script of tools/ (Debian's python3, which Snakemake brings along).</summary>
    public static ScriptRun PythonTool(string script, params string[] arguments) => Run("python3", [Path.Combine("tools", script), .. arguments]);

    /// <summary>The bash script of another checkout, from its root, with these environment variables set.</summary>
    public static ScriptRun BashIn(string checkout, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run("bash", ["run-benchmarks.sh", .. arguments], checkout, environment);

    /// <summary>A PowerShell command in another checkout's root, with these environment variables set.</summary>
    public static ScriptRun PowerShellIn(string checkout, IReadOnlyDictionary<string, string> environment, string command) =>
        Run("dotnet", [HostPath(), "-NoProfile", "-NonInteractive", "-Command", command], checkout, environment);

    /// <summary>As <c>pwsh -File run-benchmarks.ps1 ARGS</c> does: every argument a string.</summary>
    public static ScriptRun PowerShellFile(params string[] arguments) => Run("dotnet", [HostPath(), "-NoProfile", "-NonInteractive", "-File", "run-benchmarks.ps1", .. arguments]);

    /// <summary>As <c>pwsh -Command "./run-benchmarks.ps1 ARGS"</c> does, for arguments that are PowerShell lists.</summary>
    public static ScriptRun PowerShellCommand(string arguments) => PowerShell($"& ./run-benchmarks.ps1 {arguments}; exit $LASTEXITCODE");

    /// <summary>Any PowerShell command, in the checkout's root.</summary>
    public static ScriptRun PowerShell(string command) => Run("dotnet", [HostPath(), "-NoProfile", "-NonInteractive", "-Command", command]);

    private static ScriptRun Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // PowerShell colours its own messages even into a pipe unless told not to.
        start.Environment["NO_COLOR"] = "1";
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} ran longer than {Patience}");
        }

        return new ScriptRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static string HostPath()
    {
        // The host is built beside this test project, in the same configuration.
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        string host = Path.Combine(Root, "tests", "ParallelLab.PowerShellHost", "bin", configuration, "net10.0", "pwsh-host.dll");
        return File.Exists(host) ? host : throw new FileNotFoundException($"the PowerShell host was not built: {host}");
    }
}
