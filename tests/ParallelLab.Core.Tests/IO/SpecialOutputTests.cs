using ParallelLab.Core.IO;

namespace ParallelLab.Core.Tests.IO;

/// <summary>An output path that names a device, a FIFO or a symbolic link keeps being what it is.</summary>
public sealed class SpecialOutputTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("parallellab-special-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_directory.FullName, name);

    [Fact]
    public void A_device_is_written_to_not_replaced()
    {
        AtomicFile.WriteAllText("/dev/null", "counts\n");

        Assert.Equal(FileKind.CharacterDevice, FileStatus.KindOf("/dev/null"));
    }

    [Fact]
    public void A_full_device_is_an_input_error_and_stays_a_device()
    {
        var e = Assert.Throws<InputException>(() => AtomicFile.WriteAllText("/dev/full", "counts\n"));

        Assert.Contains("cannot be written", e.Message, StringComparison.Ordinal);
        Assert.Equal(FileKind.CharacterDevice, FileStatus.KindOf("/dev/full"));
    }

    [Fact]
    public void A_symbolic_link_is_written_through_to_its_target()
    {
        File.WriteAllText(PathOf("target.dat"), "old");
        File.CreateSymbolicLink(PathOf("link.dat"), "target.dat");

        AtomicFile.WriteAllText(PathOf("link.dat"), "new");

        Assert.Equal("target.dat", new FileInfo(PathOf("link.dat")).LinkTarget);
        Assert.Equal("new", File.ReadAllText(PathOf("target.dat")));
        Assert.Equal(["link.dat", "target.dat"], _directory.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_link_that_loops_is_named()
    {
        File.CreateSymbolicLink(PathOf("loop"), "loop");

        var e = Assert.Throws<InputException>(() => AtomicFile.WriteAllText(PathOf("loop"), "x"));

        Assert.Contains("loops back on itself", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_is_written_into_for_its_reader()
    {
        string fifo = PathOf("fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        Task<string> reader = Task.Run(() => File.ReadAllText(fifo));

        AtomicFile.WriteAllText(fifo, "through the pipe");

        Assert.Equal("through the pipe", await reader.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(FileKind.Fifo, FileStatus.KindOf(fifo));
    }

    [Fact]
    public void An_output_that_is_an_input_by_any_name_is_refused()
    {
        File.WriteAllText(PathOf("book.txt"), "text");
        Directory.CreateDirectory(PathOf("sub"));
        File.CreateSymbolicLink(PathOf("alias.txt"), "book.txt");

        foreach (string output in new[] { PathOf("book.txt"), PathOf("alias.txt"), Path.Combine(PathOf("sub"), "..", "book.txt") })
        {
            var e = Assert.Throws<InputException>(() => OutputPaths.RefuseInputs(output, PathOf("book.txt")));
            Assert.Contains("would destroy the input", e.Message, StringComparison.Ordinal);
        }

        OutputPaths.RefuseInputs(PathOf("book.dat"), PathOf("book.txt"));
        Assert.Equal("text", File.ReadAllText(PathOf("book.txt")));
    }

    [Theory]
    [InlineData("/dev/zero", "looks binary (NUL byte at offset 0)")]
    [InlineData("/dev/urandom", "looks binary (NUL byte at offset")]
    public void An_endless_input_stops_at_its_first_nul_byte(string device, string message)
    {
        var e = Assert.Throws<InputException>(() => InputFile.ReadAllBytes(device, "book"));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0, (byte)'b', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a', 0, (byte)'b' })]
    [InlineData(new byte[] { (byte)'T', 0, (byte)'h', 0, (byte)'e', 0, (byte)' ', 0 })]
    public void A_utf16_input_is_named_as_such(byte[] bytes)
    {
        File.WriteAllBytes(PathOf("utf16.txt"), bytes);

        var e = Assert.Throws<InputException>(() => InputFile.ReadAllBytes(PathOf("utf16.txt"), "book"));

        Assert.Contains("is UTF-16 text; it must be UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kinds_are_told_apart()
    {
        File.WriteAllText(PathOf("file"), "x");

        Assert.Equal(FileKind.Regular, FileStatus.KindOf(PathOf("file")));
        Assert.Equal(FileKind.Directory, FileStatus.KindOf(_directory.FullName));
        Assert.Equal(FileKind.Missing, FileStatus.KindOf(PathOf("nothing")));
        Assert.Equal(FileKind.CharacterDevice, FileStatus.KindOf("/dev/zero"));
    }
}
