using ParallelLab.Core.WordCount;

namespace ParallelLab.Paradigms.Threads;

/// <summary>
/// A parallel word count's result and where its time went: counting in parallel, then merging
/// the per-worker tables on one thread (the serial part that Amdahl's law charges for).
/// </summary>
public sealed record WordCountRun(WordCountEntry[] Table, TimeSpan Counting, TimeSpan Merging, int PartialTables);
