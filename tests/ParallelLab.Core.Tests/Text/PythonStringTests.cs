using ParallelLab.Core.Text;

namespace ParallelLab.Core.Tests.Text;

public class PythonStringTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("word", 4)]
    [InlineData("\U00010428", 1)]
    [InlineData("a\U0001F600b", 3)]
    [InlineData("i\u0307", 2)]
    public void Length_counts_code_points(string s, int expected) => Assert.Equal(expected, PythonString.Length(s));

    [Theory]
    [InlineData("pg45.dat", 4, "pg45")]
    [InlineData("abc", 4, "")]
    [InlineData("ab\U0001F600", 1, "ab")]
    public void DropLast_cuts_code_points(string s, int n, string expected) => Assert.Equal(expected, PythonString.DropLast(s, n));
}
