namespace ParallelLab.Cluster;

/// <summary>
/// An argument that names a value pushed to the engine earlier (ipyparallel's <c>Reference</c>):
/// each engine passes its own value of that name, which never travels back to the client.
/// </summary>
public sealed record Reference(string Name);
