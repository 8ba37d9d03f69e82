using ParallelLab.Core.IO;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Tests.WordCount;

public class DatFileTests
{
    [Fact]
    public void Formats_word_count_and_python_float_per_line()
    {
        string dat = DatFile.Format([new WordCountEntry("the", 6015, 5.501490844568021), new WordCountEntry("\uFEFFthe", 1, 8.333333333333333e-05)]);

        Assert.Equal("the 6015 5.501490844568021\n\uFEFFthe 1 8.333333333333333e-05\n", dat);
    }

    [Fact]
    public void Parse_skips_comment_lines_and_accepts_crlf()
    {
        WordCountEntry[] entries = DatFile.Parse("# header\r\nthe 3 60.0\r\nend 2 40.0\r\n", "x.dat");

        Assert.Equal([new WordCountEntry("the", 3, 60.0), new WordCountEntry("end", 2, 40.0)], entries);
    }

    [Fact]
    public void Parse_reads_back_what_format_wrote()
    {
        WordCountEntry[] original = [new("a", 10, 100.0 * 10 / 13), new("b", 3, 100.0 * 3 / 13)];

        Assert.Equal(original, DatFile.Parse(DatFile.Format(original), "round-trip"));
    }

    [Fact]
    public void Only_newlines_break_lines_as_in_python_text_files()
    {
        // A form feed is whitespace to split() but not a line break to file iteration.
        WordCountEntry[] entries = DatFile.Parse("# note\fthe 5 1.0\ncat 5 1.0\n", "ff.dat");

        Assert.Equal([new WordCountEntry("cat", 5, 1.0)], entries);
    }

    [Fact]
    public void Counts_beyond_int_range_are_kept() =>
        Assert.Equal(3_000_000_000L, DatFile.Parse("the 3000000000 100.0\n", "big.dat")[0].Count);

    [Theory]
    [InlineData("\n")]
    [InlineData("   \n")]
    [InlineData("the 12\n")]
    [InlineData("the twelve 1.0\n")]
    [InlineData("the 12 percent\n")]
    public void A_malformed_line_is_an_input_error_naming_file_and_line(string text)
    {
        var e = Assert.Throws<InputException>(() => DatFile.Parse("ok 1 50.0\n" + text, "broken.dat"));

        Assert.Contains("broken.dat", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }
}
