using ParallelLab.Core.Text;

namespace ParallelLab.Core.Tests.Text;

public class PythonLowercaseTests
{
    // Expected values are what CPython 3.11's str.lower() returns.
    [Theory]
    [InlineData("The", "the")]
    [InlineData("ÆSOP", "æsop")]
    [InlineData("ΛΦΑ", "λφα")]
    [InlineData("\u0130stanbul", "i\u0307stanbul")]
    [InlineData("ΟΔΟΣ", "οδο\u03C2")]
    [InlineData("ΣΑ", "σα")]
    [InlineData("Σ", "σ")]
    [InlineData("ΑΣ1", "α\u03C2" + "1")]
    [InlineData("ΑΣΑ", "ασα")]
    [InlineData("Α\u0301Σ", "α\u0301\u03C2")]
    [InlineData("\u212A", "k")]
    [InlineData("\U00010400", "\U00010428")]
    [InlineData("don\u2019t", "don\u2019t")]
    [InlineData("a\u0082b\u0094", "a\u0082b\u0094")]
    public void Matches_python_str_lower(string word, string expected) => Assert.Equal(expected, PythonLowercase.Lower(word));
}
