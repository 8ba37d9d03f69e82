namespace ParallelLab.Benchmarks.Workloads;

/// <summary>A backend and a matrix order; shown as "openblas n=2000".</summary>
public sealed record BlasCase(string Backend, int Size)
{
    public override string ToString() => $"{Backend} n={Size}";
}
