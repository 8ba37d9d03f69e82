using System.Globalization;
using CsCheck;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Tests.WordCount;

public class PythonFloatTests
{
    // Expected strings are CPython's repr() of the same doubles.
    [Theory]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(2.5, "2.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3.0, "0.3333333333333333")]
    [InlineData(3.962558502340094, "3.962558502340094")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00012345, "0.00012345")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(8.333333333333333e-05, "8.333333333333333e-05")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.5e16, "1.5e+16")]
    [InlineData(9999999999999998.0, "9999999999999998.0")]
    [InlineData(123456789012345.6, "123456789012345.6")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(-2.5e-7, "-2.5e-07")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Matches_python_repr(double value, string expected) => Assert.Equal(expected, PythonFloat.Repr(value));

    [Fact]
    public void Round_trips_every_finite_double()
    {
        Gen.Double.Where(double.IsFinite).Sample(value =>
        {
            string repr = PythonFloat.Repr(value);
            double parsed = double.Parse(repr, NumberStyles.Float, CultureInfo.InvariantCulture);
            return parsed.Equals(value) && !repr.Contains('E', StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Uses_exponent_form_exactly_outside_the_fixed_range()
    {
        Gen.Double.Where(d => double.IsFinite(d) && d != 0).Sample(value =>
        {
            double magnitude = Math.Abs(value);
            bool exponent = PythonFloat.Repr(value).Contains('e', StringComparison.Ordinal);
            return exponent == (magnitude < 1e-4 || magnitude >= 1e16);
        });
    }
}
