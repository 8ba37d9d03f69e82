namespace ParallelLab.Paradigms.Mpi;

/// <summary>A message in flight: who sent it, its tag, and either serialised object bytes or a copied buffer.</summary>
internal sealed record Envelope(int Source, int Tag, byte[]? ObjectBytes, double[]? Buffer);
