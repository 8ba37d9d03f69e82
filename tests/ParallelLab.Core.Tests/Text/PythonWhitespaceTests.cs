using ParallelLab.Core.Text;

namespace ParallelLab.Core.Tests.Text;

public class PythonWhitespaceTests
{
    // docs/reference-quirks.md §4: the full str.isspace set.
    [Theory]
    [InlineData('\t')]
    [InlineData('\n')]
    [InlineData('\u000B')]
    [InlineData('\u000C')]
    [InlineData('\r')]
    [InlineData('\u001C')]
    [InlineData('\u001D')]
    [InlineData('\u001E')]
    [InlineData('\u001F')]
    [InlineData(' ')]
    [InlineData('\u0085')]
    [InlineData('\u00A0')]
    [InlineData('\u1680')]
    [InlineData('\u2000')]
    [InlineData('\u200A')]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u202F')]
    [InlineData('\u205F')]
    [InlineData('\u3000')]
    public void Python_whitespace_is_space(char c) => Assert.True(PythonWhitespace.IsSpace(c));

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\uFEFF')]
    [InlineData('\u180E')]
    [InlineData('a')]
    [InlineData('\u0082')]
    [InlineData('\u0000')]
    public void Other_characters_are_not_space(char c) => Assert.False(PythonWhitespace.IsSpace(c));

    [Fact]
    public void Differs_from_dotnet_exactly_on_the_information_separators()
    {
        var differences = Enumerable.Range(0, 0x10000)
            .Select(i => (char)i)
            .Where(c => PythonWhitespace.IsSpace(c) != char.IsWhiteSpace(c))
            .ToArray();

        Assert.Equal(['\u001C', '\u001D', '\u001E', '\u001F'], differences);
    }
}
