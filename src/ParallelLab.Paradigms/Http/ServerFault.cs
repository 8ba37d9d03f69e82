namespace ParallelLab.Paradigms.Http;

/// <summary>A failure the book server can be told to produce, to test the clients' error handling.</summary>
public enum ServerFault
{
    /// <summary>Answer 500 Internal Server Error.</summary>
    InternalError,

    /// <summary>Announce the full Content-Length, send half the body, then drop the connection.</summary>
    TruncatedBody,

    /// <summary>Never answer (until the client gives up).</summary>
    Hang,

    /// <summary>Drop the connection without answering.</summary>
    ConnectionReset,
}
