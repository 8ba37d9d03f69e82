using System.Globalization;
using System.Text;
using ParallelLab.Core.IO;

namespace ParallelLab.Core.Autocorrelation;

/// <summary>
/// <c>np.savetxt(out, np.vstack((np.arange(1, T+1), acf)).T, delimiter=',')</c> (docs/reference-quirks.md §17):
/// both columns in <c>%.18e</c>, the first a float label 1..T where row k holds lag k − 1.
/// </summary>
public static class AcfCsv
{
    public static string Format(ReadOnlySpan<double> acf)
    {
        var csv = new StringBuilder((int)Math.Min(acf.Length * 52L, 1 << 20));
        for (int t = 0; t < acf.Length; t++)
        {
            csv.Append(PrintfE18(t + 1)).Append(',').Append(PrintfE18(acf[t])).Append('\n');
        }

        return csv.ToString();
    }

    public static void Write(string path, ReadOnlySpan<double> acf) => AtomicFile.WriteAllText(path, Format(acf));

    /// <summary>The ACF column back from <see cref="Format"/>'s text (19 significant digits read back exactly).</summary>
    public static double[] Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..] switch
            {
                "nan" => double.NaN,
                "inf" => double.PositiveInfinity,
                "-inf" => double.NegativeInfinity,
                string value => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
            })
            .ToArray();
    }

    /// <summary>
    /// C's <c>%.18e</c>: 19 correctly rounded significant digits, lower-case 'e', a sign and at
    /// least two exponent digits. .NET's "E18" gives the same digits (exact since .NET Core 3.0)
    /// with a three-digit exponent, so only the exponent is rewritten.
    /// </summary>
    public static string PrintfE18(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        string dotnet = value.ToString("E18", CultureInfo.InvariantCulture);
        int e = dotnet.IndexOf('E', StringComparison.Ordinal);
        int exponent = int.Parse(dotnet.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return string.Concat(
            dotnet.AsSpan(0, e),
            exponent < 0 ? "e-" : "e+",
            Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
    }
}
