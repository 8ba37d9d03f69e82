namespace ParallelLab.Paradigms;

/// <summary>
/// A failure of a parallel engine's environment rather than of our code: a server that cannot
/// listen, a book that cannot be fetched, a worker that crashed. Front ends print the message as
/// one line, like an input error.
/// </summary>
public sealed class ParadigmException : Exception
{
    public ParadigmException(string message)
        : base(message)
    {
    }

    public ParadigmException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
