namespace ParallelLab.TestSupport;

/// <summary>
/// A test of the ahead-of-time compiled programs (tools/build-native.sh, which needs clang and
/// zlib1g-dev). Skipped with the command that builds them where they are not beside the tests,
/// except in CI, which builds them: there their absence fails.
/// </summary>
public sealed class NativeProgramsFactAttribute : FactAttribute
{
    public NativeProgramsFactAttribute()
    {
        if (!NativePrograms.AreBuilt && !SharedData.RunningInCi)
        {
            Skip = NativePrograms.MissingMessage;
        }
    }
}

/// <summary>The <see cref="NativeProgramsFactAttribute"/>'s theory twin.</summary>
public sealed class NativeProgramsTheoryAttribute : TheoryAttribute
{
    public NativeProgramsTheoryAttribute()
    {
        if (!NativePrograms.AreBuilt && !SharedData.RunningInCi)
        {
            Skip = NativePrograms.MissingMessage;
        }
    }
}

public static class NativePrograms
{
    public const string MissingMessage = "the native programs are not built (tools/build-native.sh, then dotnet build; Native AOT needs apt-get install clang zlib1g-dev)";

    /// <summary>The ahead-of-time compiled parallellab, copied beside the tests by the build.</summary>
    public static string FrontEnd => Path.Combine(AppContext.BaseDirectory, "parallellab");

    /// <summary>The ahead-of-time compiled pool worker.</summary>
    public static string Worker => Path.Combine(AppContext.BaseDirectory, "ParallelLab.Worker");

    public static bool AreBuilt => File.Exists(FrontEnd) && File.Exists(Worker);
}
