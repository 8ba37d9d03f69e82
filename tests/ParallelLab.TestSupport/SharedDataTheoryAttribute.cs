namespace ParallelLab.TestSupport;

/// <summary>A theory that needs <see cref="SharedData"/>: skipped with a reason only outside CI when it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.IsPresent && !SharedData.RunningInCi)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
