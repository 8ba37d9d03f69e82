using System.Globalization;
using System.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// <c>str(float)</c> / <c>repr(float)</c> of CPython (docs/reference-quirks.md §10): the shortest digits that round-trip,
/// written in fixed notation when the decimal exponent is in [-4, 16) and in exponent notation
/// (<c>1e-05</c>, <c>8.333333333333333e-05</c>, <c>1e+16</c>) otherwise; whole numbers keep ".0".
/// The shortest digits come from .NET's round-trip formatting; only the layout is Python's.
/// </summary>
public static class PythonFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        // "E16" is not shortest; "R" is (since .NET Core 3.0) and gives d.dddE±x or plain digits.
        (string digits, int pointPosition, bool negative) = ShortestDigits(value);
        var text = new StringBuilder(32);
        if (negative)
        {
            text.Append('-');
        }

        // CPython's float_repr_style 'short' rule: exponent form when decpt <= -4 or decpt > 16,
        // where the value is 0.d1d2... × 10^decpt.
        if (pointPosition <= -4 || pointPosition > 16)
        {
            text.Append(digits[0]);
            if (digits.Length > 1)
            {
                text.Append('.').Append(digits.AsSpan(1));
            }

            int exponent = pointPosition - 1;
            text.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (pointPosition <= 0)
        {
            text.Append("0.").Append('0', -pointPosition).Append(digits);
        }
        else if (pointPosition >= digits.Length)
        {
            text.Append(digits).Append('0', pointPosition - digits.Length).Append(".0");
        }
        else
        {
            text.Append(digits.AsSpan(0, pointPosition)).Append('.').Append(digits.AsSpan(pointPosition));
        }

        return text.ToString();
    }

    /// <summary>Digits without leading/trailing zeros, and where the decimal point goes.</summary>
    private static (string Digits, int PointPosition, bool Negative) ShortestDigits(double value)
    {
        bool negative = value < 0 || (value == 0 && double.IsNegative(value));
        if (value == 0)
        {
            return ("0", 1, negative);
        }

        string shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int exponentIndex = shortest.IndexOfAny(['E', 'e']);
        string mantissa = exponentIndex >= 0 ? shortest[..exponentIndex] : shortest;
        int exponent = exponentIndex >= 0 ? int.Parse(shortest.AsSpan(exponentIndex + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string integerPart = dot >= 0 ? mantissa[..dot] : mantissa;
        string fraction = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        string allDigits = integerPart + fraction;
        int point = integerPart.Length + exponent;
        int leadingZeros = 0;
        while (leadingZeros < allDigits.Length - 1 && allDigits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        string digits = allDigits[leadingZeros..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, point - leadingZeros, negative);
    }
}
