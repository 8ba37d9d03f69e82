namespace ParallelLab.Paradigms.Engines;

/// <summary>One run's result, and the phases of its time where the engine measures them (else none).</summary>
public readonly record struct EngineOutput<TResult>(TResult Result, IReadOnlyList<Phase> Phases);
