namespace ParallelLab.Paradigms.Engines;

/// <summary>A named part of one run's time (the parallel phase, the merge, process start-up).</summary>
public readonly record struct Phase(string Name, TimeSpan Elapsed);
