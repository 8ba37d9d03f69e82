namespace ParallelLab.Reporting.Compare;

/// <summary>What became of one case between two result sets.</summary>
public enum ComparisonVerdict
{
    Same,
    Faster,
    Slower,

    /// <summary>A significant change, but by less than the absolute noise floor.</summary>
    BelowNoiseFloor,

    /// <summary>Too few iterations for the test ever to be significant.</summary>
    TooFewIterations,

    /// <summary>Only in the new set.</summary>
    Added,

    /// <summary>Only in the base set.</summary>
    Removed,

    /// <summary>In both sets, but the new run has no measurement: the benchmark failed.</summary>
    Failed,

    /// <summary>Measured in both sets, but in one of them while other processes took cores the case could use: its time says nothing of the code.</summary>
    NotComparable,
}
