namespace ParallelLab.Paradigms.Processes;

/// <summary>
/// Work a pool worker can do, chosen by name: the parent never sends code, only the kernel's name
/// and its arguments as bytes, so any worker process can serve any pool.
/// </summary>
public interface IWorkerKernel
{
    string Name { get; }

    /// <summary>Turns the shared arguments (the same for every item) into what the items need.</summary>
    object? Prepare(byte[] sharedArguments);

    /// <summary>Runs one item with its own arguments; returns its result as bytes.</summary>
    byte[] Run(object? prepared, byte[] arguments);
}
