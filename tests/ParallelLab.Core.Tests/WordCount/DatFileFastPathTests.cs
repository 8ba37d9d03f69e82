using System.Text;
using CsCheck;
using ParallelLab.Core.IO;
using ParallelLab.Core.WordCount;
using ParallelLab.TestSupport;

namespace ParallelLab.Core.Tests.WordCount;

/// <summary>
/// <c>zipf_test</c> reads only a .dat's top lines but must refuse a malformed line anywhere, as the
/// reference's <c>load_word_counts</c> does: the byte-level check of the later lines must agree
/// with the general parser on every file, giving the same entries or the same error.
/// </summary>
public sealed class DatFileFastPathTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly string[] Lines =
    [
        "the 12 5.5", "of 3 1.25", "\uFEFFthe 1 8.333333333333333e-05", "don\u2019t 2 0.5", "caf\u00e9 1 1e-05", "x 7 12.",
        "# a comment", "", "a  2 1.0", "a 2 1.0 extra", "a\u00A0b 1 1.0", "a\u2003b 1 1.0", "a 1_0 1.0", "a 1 1_0.5", "a 1 inf",
        "a x 1.0", "a 1 .", "a 1 1e", "a 1 1.0\r", " a 1 1.0", "a\t1\t1.0", "a 01 1.0", "\u0130 1 2.0",
        // The same " count percentage" after words of every kind: a line may be passed for its
        // tail only when its word is plain.
        "b 1 1.0", "c 1 1.0", "#b 1 1.0", "\u00e9t\u00e9 1 1.0", "a\u0085b 1 1.0", "a\u001cb 1 1.0", "a\u007fb 1 1.0", "a\u00A0 1 1.0",
        "expos\u001b\u0002 4 0.5", "a\u000bb 1 1.0", "a\u000cb 1 1.0", "a\u001fb 1 1.0", "a\u0008b 1 1.0",
    ];

    [Theory]
    [InlineData("the 12 5.5\nb 1 1.0\na x 1.0\n")] // the tail as long as the line before's
    [InlineData("the 12 5.5\nb 1 1.0\na 1 1.x\n")]
    [InlineData("the 12 5.5\nb 1 1.0\na\u001cb 1 1.0\n")] // a Python space inside the word, the tail the same
    [InlineData("the 12 5.5\n\u00e9t\u00e9 1 1.0\na x 1.0\n")] // the tail checked after a word that is not ASCII
    public void A_malformed_line_after_the_top_ones_is_refused(string text)
    {
        string path = Path.Combine(_folder.Path, "bad.dat");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));

        Assert.Contains("line 3 is not 'word count percentage'", Assert.Throws<InputException>(() => DatFile.Read(path, 1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_the_top_lines_agrees_with_parsing_the_whole_file() =>
        Gen.Select(Gen.OneOfConst(Lines).Array[0, 30], Gen.OneOfConst("\n", "\r\n", "\r"), Gen.Bool, Gen.Int[0, 12]).Sample((lines, newline, finalNewline, keep) =>
        {
            string text = string.Join(newline, lines) + (finalNewline && lines.Length > 0 ? newline : string.Empty);
            // CsCheck runs samples on several threads at once: a file of its own for each.
            string path = Path.Combine(_folder.Path, $"{Guid.NewGuid():N}.dat");
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));

            string? expectedError = null;
            WordCountEntry[] expected = [];
            try
            {
                expected = [.. DatFile.Parse(text, path).Take(keep)];
            }
            catch (InputException e)
            {
                expectedError = e.Message;
            }

            if (expectedError is null)
            {
                Assert.Equal(expected, DatFile.Read(path, keep));
            }
            else
            {
                Assert.Equal(expectedError, Assert.Throws<InputException>(() => DatFile.Read(path, keep)).Message);
            }
        }, iter: 3000);
}
