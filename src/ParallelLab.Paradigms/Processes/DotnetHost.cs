namespace ParallelLab.Paradigms.Processes;

/// <summary>The <c>dotnet</c> host that starts our framework-dependent programs (the worker, the CLI), and where those programs are.</summary>
public static class DotnetHost
{
    /// <summary>A program of ours: the path given, else the one in <paramref name="variable"/>, else the file beside the running program.</summary>
    public static string ProgramPath(string fileName, string variable, string? explicitPath) =>
        explicitPath
        ?? Environment.GetEnvironmentVariable(variable)
        ?? System.IO.Path.Combine(AppContext.BaseDirectory, fileName);

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
}
