using System.Globalization;

namespace ParallelLab.Reporting;

/// <summary>Numbers and times as the report prints them: invariant culture, a sensible number of digits.</summary>
public static class Format
{
    /// <summary>Three significant digits, e.g. 0.0523, 1.91, 12.3, 1234; rounding dust such as 1.7E-16 is 0.</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "–"
        : Math.Abs(value) < 1e-9 ? "0"
        : Math.Abs(value) >= 1000 ? value.ToString("F0", CultureInfo.InvariantCulture)
        : value.ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>A time from nanoseconds in the unit that suits it: "850 ns", "12.3 µs", "4.56 ms", "5.45 s".</summary>
    public static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1e3 => $"{Number(nanoseconds)} ns",
        < 1e6 => $"{Number(nanoseconds / 1e3)} µs",
        < 1e9 => $"{Number(nanoseconds / 1e6)} ms",
        _ => $"{Number(nanoseconds / 1e9)} s",
    };

    public static string Fixed(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
