namespace ParallelLab.Reporting.Tests;

public class FormatTests
{
    [Theory]
    [InlineData(0.052345, "0.0523")]
    [InlineData(1.9123, "1.91")]
    [InlineData(1234.4, "1234")]
    [InlineData(1.67e-16, "0")]
    [InlineData(double.NaN, "–")]
    public void Numbers_get_three_significant_digits_and_rounding_dust_is_zero(double value, string text)
    {
        Assert.Equal(text, Format.Number(value));
    }

    [Theory]
    [InlineData(850, "850 ns")]
    [InlineData(12_300, "12.3 µs")]
    [InlineData(4_560_000, "4.56 ms")]
    [InlineData(5_450_000_000, "5.45 s")]
    public void Times_take_the_unit_that_suits_them(double nanoseconds, string text)
    {
        Assert.Equal(text, Format.Time(nanoseconds));
    }
}
