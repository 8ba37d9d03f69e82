using CsCheck;
using ParallelLab.Core.Autocorrelation;

namespace ParallelLab.Core.Tests.Autocorrelation;

public class AcfCsvTests
{
    // Expected strings are C's printf("%.18e") of the same doubles.
    [Theory]
    [InlineData(1.0, "1.000000000000000000e+00")]
    [InlineData(0.0, "0.000000000000000000e+00")]
    [InlineData(100.0, "1.000000000000000000e+02")]
    [InlineData(0.1, "1.000000000000000056e-01")]
    [InlineData(7.339029896867326451e-03, "7.339029896867326451e-03")]
    [InlineData(1e-100, "1.000000000000000020e-100")]
    [InlineData(double.NaN, "nan")]
    public void Formats_as_printf_e18(double value, string expected) => Assert.Equal(expected, AcfCsv.PrintfE18(value));

    [Fact]
    public void Rows_are_lag_label_and_value()
    {
        Assert.Equal(
            "1.000000000000000000e+00,1.000000000000000000e+00\n2.000000000000000000e+00,5.000000000000000000e-01\n",
            AcfCsv.Format([1.0, 0.5]));
    }

    [Fact]
    public void Parsing_gives_back_every_value_exactly() =>
        Gen.Double.Array[0, 20].Sample(acf => Assert.Equal(
            acf.Select(BitConverter.DoubleToInt64Bits).Select(bits => double.IsNaN(BitConverter.Int64BitsToDouble(bits)) ? long.MinValue : bits),
            AcfCsv.Parse(AcfCsv.Format(acf)).Select(BitConverter.DoubleToInt64Bits).Select(bits => double.IsNaN(BitConverter.Int64BitsToDouble(bits)) ? long.MinValue : bits)));
}
