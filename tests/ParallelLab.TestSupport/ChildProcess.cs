using System.Diagnostics;

namespace ParallelLab.TestSupport;

/// <summary>A program the tests start as its user would, both output streams captured, never left running.</summary>
public static class ChildProcess
{
    /// <summary><paramref name="program"/> with <paramref name="args"/>, both output streams captured.</summary>
    public static ProcessStartInfo Command(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>Runs to the end, or kills the whole tree and fails after <paramref name="limit"/>.</summary>
    public static (int ExitCode, string Output, string Error) Run(ProcessStartInfo start, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(start);
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not end within {limit}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The checkout the tests were built from: the folder that holds ParallelLab.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParallelLab.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no ParallelLab.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>The build configuration of the running tests ("Debug", "Release"), from their output folder.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
}
