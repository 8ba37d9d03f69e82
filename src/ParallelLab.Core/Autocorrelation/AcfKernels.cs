namespace ParallelLab.Core.Autocorrelation;

/// <summary>The kernels by name, for command lines and benchmark parameters.</summary>
public static class AcfKernels
{
    public static IReadOnlyList<AcfKernel> All { get; } = [ReferenceAcfKernel.Instance, FastAcfKernel.Instance];

    public static AcfKernel ByName(string name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown ACF kernel '{name}' (known: {string.Join(", ", All.Select(k => k.Name))})", nameof(name));
}
