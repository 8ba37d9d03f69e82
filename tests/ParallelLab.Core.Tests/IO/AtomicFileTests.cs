using ParallelLab.Core.IO;

namespace ParallelLab.Core.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("parallellab-atomic-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Replaces_the_file_and_leaves_no_temporary_behind()
    {
        string path = Path.Combine(_directory.FullName, "out.dat");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["out.dat"], _directory.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void A_name_near_the_length_limit_can_be_written()
    {
        string path = Path.Combine(_directory.FullName, new string('n', 240) + ".dat");

        AtomicFile.WriteAllText(path, "x");

        Assert.Equal("x", File.ReadAllText(path));
    }

    [Fact]
    public void A_missing_directory_is_an_input_error()
    {
        string path = Path.Combine(_directory.FullName, "no-such-dir", "out.dat");

        var e = Assert.Throws<InputException>(() => AtomicFile.WriteAllText(path, "x"));

        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_as_target_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => AtomicFile.WriteAllText(_directory.FullName, "x"));

        Assert.Contains("is a directory", e.Message, StringComparison.Ordinal);
    }
}
