namespace ParallelLab.Core.Corpus;

/// <summary>One book of a corpus: its name (file name without extension), path and size.</summary>
public sealed record BookFile(string Name, string Path, long Bytes);
