using ParallelLab.Core.WordCount;

namespace ParallelLab.Paradigms.Http;

/// <summary>A book as a client received it, and its word counts.</summary>
public sealed record FetchedBook(string Name, byte[] Bytes, WordTable Counts);
