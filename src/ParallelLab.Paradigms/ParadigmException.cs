namespace ParallelLab.Paradigms;

/// <summary>
/// A failure of a parallel engine's environment rather than of our code: a server that cannot
/// listen, a book that cannot be fetched, a worker that crashed. Front ends print the message as
/// one line, like an input error. (Not sealed: a paradigm with failures of its own, such as the
/// cluster's, names them in a subclass that front ends still print as one line.)
/// </summary>
public class ParadigmException : Exception
{
    public ParadigmException()
    {
    }

    public ParadigmException(string message)
        : base(message)
    {
    }

    public ParadigmException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
