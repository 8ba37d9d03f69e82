namespace ParallelLab.Cli.Commands;

/// <summary>
/// Progress as lines on standard error, so that what a command prints on standard output stays
/// clean; reports from several threads are written one at a time.
/// </summary>
internal sealed class ErrorLines<T>(TextWriter error, Func<T, string> line) : IProgress<T>
{
    public void Report(T value)
    {
        string text = line(value);
        lock (error)
        {
            error.WriteLine(text);
        }
    }
}
