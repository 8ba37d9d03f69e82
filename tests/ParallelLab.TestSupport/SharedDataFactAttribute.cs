namespace ParallelLab.TestSupport;

/// <summary>A fact that needs <see cref="SharedData"/>: skipped with a reason only outside CI when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.IsPresent && !SharedData.RunningInCi)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
