using ParallelLab.Core.IO;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.Tests.Text;

public class BookDecoderTests
{
    [Fact]
    public void Keeps_the_byte_order_mark_as_a_character()
    {
        string text = BookDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'T', (byte)'h', (byte)'e'], "book");

        Assert.Equal("\uFEFFThe", text);
    }

    [Fact]
    public void Invalid_utf8_is_an_input_error_naming_the_offset()
    {
        var e = Assert.Throws<InputException>(() => BookDecoder.Decode([(byte)'a', (byte)'b', 0xFF, (byte)'c'], "bad.txt"));

        Assert.Contains("bad.txt", e.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
        Assert.Contains("offset 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_marks_a_binary_file()
    {
        var e = Assert.Throws<InputException>(() => BookDecoder.Decode([(byte)'P', (byte)'K', 3, 4, 0, 0], "archive.zip"));

        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => BookDecoder.Decode([], "empty.txt"));

        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => BookDecoder.ReadBook(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt")));

        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => BookDecoder.ReadBook(Path.GetTempPath()));

        Assert.Contains("is a directory", e.Message, StringComparison.Ordinal);
    }
}
