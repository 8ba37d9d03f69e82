namespace ParallelLab.Paradigms.Processes;

/// <summary>The registry of kernels a worker process can run, by name.</summary>
public static class WorkerKernels
{
    private static readonly Dictionary<string, IWorkerKernel> ByName =
        new IWorkerKernel[] { new AcfWorkerKernels.Word(), new AcfWorkerKernels.WordLags(), new WordCountKernel() }
            .Concat(FaultKernels.All)
            .ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static IWorkerKernel? Find(string name) => ByName.GetValueOrDefault(name);
}
