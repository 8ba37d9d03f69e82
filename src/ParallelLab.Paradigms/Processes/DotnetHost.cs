namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// How the lab starts programs of its own (the worker, the CLI): the ahead-of-time compiled
/// executable beside the running program when tools/build-native.sh has built it (it starts in
/// milliseconds), else the JIT-compiled assembly through the <c>dotnet</c> host (~80 ms).
/// </summary>
public static class DotnetHost
{
    /// <summary>
    /// A program of ours: the path given, else the one in <paramref name="variable"/>, else the
    /// native executable <paramref name="name"/> beside the running program, else
    /// <paramref name="name"/>.dll there. A path is a native executable unless it ends in ".dll".
    /// </summary>
    public static string ProgramPath(string name, string variable, string? explicitPath)
    {
        string? chosen = explicitPath ?? Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(chosen))
        {
            return chosen;
        }

        string native = System.IO.Path.Combine(AppContext.BaseDirectory, name);
        return IsExecutable(native) ? native : native + ".dll";
    }

    /// <summary>The command line that starts <paramref name="programPath"/>: the assembly through the host, or the executable itself.</summary>
    public static (string FileName, IReadOnlyList<string> Arguments) CommandFor(string programPath, params IEnumerable<string> arguments) =>
        IsAssembly(programPath) ? (Path(), [programPath, .. arguments]) : (programPath, [.. arguments]);

    /// <summary>
    /// How to start <paramref name="programPath"/> as a child of this process: its output and error
    /// read by the caller (and its input written, when <paramref name="redirectInput"/>), and told
    /// to watch this process and end with it (<see cref="ParentWatchdog"/>).
    /// </summary>
    public static System.Diagnostics.ProcessStartInfo ChildStartInfo(string programPath, bool redirectInput, params IEnumerable<string> arguments)
    {
        (string fileName, IReadOnlyList<string> all) = CommandFor(programPath, arguments);
        var start = new System.Diagnostics.ProcessStartInfo(fileName)
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in all)
        {
            start.ArgumentList.Add(argument);
        }

        ParentWatchdog.GiveTo(start);
        return start;
    }

    public static bool IsAssembly(string programPath) => programPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);

    public static string Path()
    {
        string? sdkHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(sdkHost) && File.Exists(sdkHost))
        {
            return sdkHost;
        }

        string? current = Environment.ProcessPath;
        return current is not null && System.IO.Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0);
}
