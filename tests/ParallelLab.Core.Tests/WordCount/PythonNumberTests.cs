using CsCheck;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Tests.WordCount;

public class PythonNumberTests
{
    // Expected: what Python's int() does with the same field.
    [Theory]
    [InlineData("6015", 6015L)]
    [InlineData("+5", 5L)]
    [InlineData("-3", -3L)]
    [InlineData("1_000", 1000L)]
    [InlineData("\u0661\u0662", 12L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Parses_what_python_int_accepts(string field, long expected)
    {
        Assert.True(PythonNumber.TryParseInt(field, out long value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1__0")]
    [InlineData("_1")]
    [InlineData("1_")]
    [InlineData("1.0")]
    [InlineData("twelve")]
    [InlineData("99999999999999999999")]
    public void Rejects_what_python_int_rejects_or_long_cannot_hold(string field) => Assert.False(PythonNumber.TryParseInt(field, out _));

    [Theory]
    [InlineData("5.501490844568021", 5.501490844568021)]
    [InlineData("8.333333333333333e-05", 8.333333333333333e-05)]
    [InlineData("1_0.5", 10.5)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("NaN", double.NaN)]
    public void Parses_what_python_float_accepts(string field, double expected)
    {
        Assert.True(PythonNumber.TryParseFloat(field, out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--inf")]
    [InlineData("1__0")]
    [InlineData("percent")]
    public void Rejects_what_python_float_rejects(string field) => Assert.False(PythonNumber.TryParseFloat(field, out _));

    [Fact]
    public void A_plain_decimal_is_always_a_python_float() =>
        Gen.String[Gen.Char["07.eE+-_x"], 1, 12].Sample(field =>
        {
            if (PythonNumber.IsPlainDecimal(field))
            {
                Assert.True(PythonNumber.TryParseFloat(field, out _), field);
            }
        }, iter: 20_000);

    [Theory]
    [InlineData("12.5", true)]
    [InlineData("8.333333333333333e-05", true)]
    [InlineData("1.", true)]
    [InlineData(".5", true)]
    [InlineData(".", false)]
    [InlineData("1e", false)]
    [InlineData("inf", false)]
    [InlineData("1_0", false)]
    public void Plain_decimals_are_the_dat_files_form(string field, bool plain) => Assert.Equal(plain, PythonNumber.IsPlainDecimal(field));
}
