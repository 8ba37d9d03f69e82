namespace ParallelLab.Paradigms.Processes;

/// <summary>The <c>dotnet</c> host that starts our framework-dependent programs (the worker, the CLI).</summary>
internal static class DotnetHost
{
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
