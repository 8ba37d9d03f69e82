namespace ParallelLab.Benchmarks.Configuration;

/// <summary>Marks a benchmark whose one operation processes every byte of the corpus once, so <see cref="CorpusThroughputColumn"/> applies.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class WholeCorpusAttribute : Attribute;
