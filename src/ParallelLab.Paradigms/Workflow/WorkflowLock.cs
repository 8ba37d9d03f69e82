namespace ParallelLab.Paradigms.Workflow;

/// <summary>
/// One workflow at a time in a working directory, as Snakemake's <c>.snakemake/locks</c> ensure:
/// two runs into one folder would run every job twice, at once, over each other's outputs. The
/// lock is an exclusive open of <see cref="FileName"/> (an OS lock, <c>flock</c> on Unix), so a
/// killed run leaves no stale lock behind; the file itself is removed when the run ends.
/// </summary>
public sealed class WorkflowLock : IDisposable
{
    public const string FileName = ".parallellab-workflow.lock";

    private readonly FileStream _stream;

    private WorkflowLock(FileStream stream) => _stream = stream;

    public static WorkflowLock Acquire(string workingDirectory)
    {
        string path = Path.Combine(Path.GetFullPath(workingDirectory), FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
            stream.SetLength(0);
            stream.Write(System.Text.Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n"));
            stream.Flush();
            return new WorkflowLock(stream);
        }
        catch (IOException)
        {
            throw new ParadigmException($"another workflow is running in '{workingDirectory}' (it holds {path}); wait for it to finish");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ParadigmException($"cannot lock the working directory '{workingDirectory}': permission denied for {path}");
        }
    }

    public void Dispose()
    {
        // Deleted while still held, so that no other run can take it between the delete and the release.
        File.Delete(_stream.Name);
        _stream.Dispose();
    }
}
