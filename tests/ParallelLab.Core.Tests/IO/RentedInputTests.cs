using System.Diagnostics;
using ParallelLab.Core.IO;
using ParallelLab.TestSupport;

namespace ParallelLab.Core.Tests.IO;

/// <summary><see cref="InputFile.ReadAllBytesRented"/>: the bytes and the refusals of <see cref="InputFile.ReadAllBytes"/>, in a pooled array.</summary>
public sealed class RentedInputTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_097)]
    [InlineData(3_000_000)] // more than one chunk
    public void Holds_exactly_the_file(int size)
    {
        string path = _directory.File("book.txt");
        byte[] text = [.. Enumerable.Range(0, size).Select(i => (byte)('a' + (i % 26)))];
        File.WriteAllBytes(path, text);

        using RentedBytes rented = InputFile.ReadAllBytesRented(path, "book");

        Assert.Equal(size, rented.Length);
        Assert.True(rented.Span.SequenceEqual(text));
        Assert.True(rented.Span.SequenceEqual(InputFile.ReadAllBytes(path, "book")));
    }

    [Fact]
    public async Task Reads_a_stream_without_a_size_through_the_buffers_it_grows_through()
    {
        string fifo = _directory.File("book.fifo");
        using (Process mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        byte[] text = [.. Enumerable.Range(0, 2_500_000).Select(i => (byte)(i % 7 == 0 ? ' ' : 'x'))];
        Task writer = Task.Run(() => File.WriteAllBytes(fifo, text));

        using RentedBytes rented = InputFile.ReadAllBytesRented(fifo, "book");
        await writer.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(rented.Span.SequenceEqual(text));
    }

    [Fact]
    public void Refuses_a_binary_file_with_the_same_line()
    {
        string path = _directory.File("binary.txt");
        File.WriteAllBytes(path, [(byte)'a', 0, (byte)'b']);

        InputException rented = Assert.Throws<InputException>(() => InputFile.ReadAllBytesRented(path, "book"));
        InputException plain = Assert.Throws<InputException>(() => InputFile.ReadAllBytes(path, "book"));

        Assert.Equal(plain.Message, rented.Message);
        Assert.Contains("looks binary (NUL byte at offset 1)", rented.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the cat")]
    [InlineData("")]
    public void Can_no_longer_be_read_once_given_back(string text)
    {
        string path = _directory.File("book.txt");
        File.WriteAllText(path, text);
        RentedBytes rented = InputFile.ReadAllBytesRented(path, "book");

        rented.Dispose();
        rented.Dispose();

        Assert.Throws<ObjectDisposedException>(() => rented.Span.Length);
    }
}
