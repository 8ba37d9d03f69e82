using ParallelLab.Core.IO;

namespace ParallelLab.Reporting.Results;

/// <summary>
/// The cases of one or more result files (files, or folders searched for
/// <c>*-report-full.json</c>). A case measured in several runs keeps its latest run.
/// </summary>
public sealed class ResultSet
{
    private ResultSet(IReadOnlyList<BenchmarkResult> results, HostEnvironment host, IReadOnlyList<string> files)
    {
        Results = results;
        Host = host;
        Files = files;
    }

    /// <summary>Every case, ordered by class, method and parameters.</summary>
    public IReadOnlyList<BenchmarkResult> Results { get; }

    /// <summary>The machine of the latest run read.</summary>
    public HostEnvironment Host { get; }

    public IReadOnlyList<string> Files { get; }

    public static ResultSet Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] files = [.. paths.SelectMany(Expand).Distinct(StringComparer.Ordinal)];
        if (files.Length == 0)
        {
            throw new InputException("no results given");
        }

        var latest = new Dictionary<string, BenchmarkResult>(StringComparer.Ordinal);
        HostEnvironment host = HostEnvironment.Unknown;
        DateTime hostRun = DateTime.MinValue;
        foreach (string file in files)
        {
            (HostEnvironment fileHost, IReadOnlyList<BenchmarkResult> results) = ResultFile.Read(file);
            foreach (BenchmarkResult result in results)
            {
                if (!latest.TryGetValue(result.Key, out BenchmarkResult? existing) || existing.RunStarted <= result.RunStarted)
                {
                    latest[result.Key] = result;
                }

                if (result.RunStarted >= hostRun)
                {
                    (host, hostRun) = (fileHost, result.RunStarted);
                }
            }
        }

        BenchmarkResult[] ordered = [.. latest.Values.OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)];
        return new ResultSet(ordered, host, files);
    }

    private static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            string[] found = [.. Directory.EnumerateFiles(path, "*" + ResultFile.FileSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
            return found.Length > 0
                ? found
                : throw new InputException($"results folder '{path}' has no *{ResultFile.FileSuffix} files (BenchmarkDotNet's full JSON exporter writes them)");
        }

        return File.Exists(path) ? [path] : throw new InputException($"results '{path}' do not exist");
    }
}
