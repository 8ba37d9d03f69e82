namespace ParallelLab.TestSupport;

/// <summary>A fresh folder under the system's temporary directory, deleted with everything in it.</summary>

public sealed class TemporaryDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("parallellab-test-");

    public string Path => _directory.FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => _directory.Delete(recursive: true);
}
