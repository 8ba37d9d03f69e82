namespace ParallelLab.Paradigms.Processes;

/// <summary>The registry of kernels a worker process can run, by name.</summary>
public static class WorkerKernels
{
    /// <summary><c>acf-word</c>: a word's full ACF row.</summary>
    public static IWorkerKernel AcfWord { get; } = new AcfWorkerKernels.Word();

    /// <summary><c>acf-word-lags</c>: a block of lags of a word's ACF.</summary>
    public static IWorkerKernel AcfWordLags { get; } = new AcfWorkerKernels.WordLags();

    /// <summary><c>wordcount-book</c>: a book's vocabulary with counts.</summary>
    public static IWorkerKernel WordCountBook { get; } = new WordCountKernel();

    private static readonly Dictionary<string, IWorkerKernel> ByName =
        new[] { AcfWord, AcfWordLags, WordCountBook }
            .Concat(FaultKernels.All)
            .ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static IWorkerKernel? Find(string name) => ByName.GetValueOrDefault(name);
}
