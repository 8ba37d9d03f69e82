namespace ParallelLab.Reporting.History;

/// <summary>What one <c>history add</c> did: the cases stored, the cases the history already held (the same results added again), and the machine they were filed under.</summary>
public sealed record HistoryAddition(int Added, int AlreadyStored, HistoryMachine Machine);
