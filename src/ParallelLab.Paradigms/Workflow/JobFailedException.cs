namespace ParallelLab.Paradigms.Workflow;

/// <summary>A job's step failed; the message is the cause in one line ("exit code 1: …").</summary>
internal sealed class JobFailedException(string cause) : Exception(cause);
