namespace ParallelLab.Paradigms.Processes;

/// <summary>How the arguments common to every item reach the workers.</summary>
public enum SharedArguments
{
    /// <summary>Once per worker, before the items (the lesson's <c>functools.partial</c>).</summary>
    Once,

    /// <summary>With every item, and unpacked again for every item.</summary>
    PerItem,
}
