namespace ParallelLab.Core.IO;

/// <summary>
/// A problem with what the user gave us (a missing file, a binary book, a malformed .dat file).
/// Front ends print <see cref="Exception.Message"/> as one line and exit non-zero; it is never
/// a bug, so it never deserves a stack trace.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
