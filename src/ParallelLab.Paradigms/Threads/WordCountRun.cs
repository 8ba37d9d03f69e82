using ParallelLab.Core.WordCount;

namespace ParallelLab.Paradigms.Threads;

/// <summary>
/// A parallel word count's result and where its time went: counting in parallel, then merging
/// the per-worker tables (split by partition over the same number of threads, but memory-bound:
/// the part that scales least, which Amdahl's law charges for).
/// </summary>
public sealed record WordCountRun(WordTable Table, TimeSpan Counting, TimeSpan Merging, int PartialTables);
