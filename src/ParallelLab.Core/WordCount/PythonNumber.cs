using System.Globalization;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// Python's <c>int(s)</c> and <c>float(s)</c> for one whitespace-free field of a .dat file: a sign,
/// digits with single underscores between them (<c>1_000</c>), any Unicode decimal digits for
/// <c>int</c>, and <c>inf</c>/<c>infinity</c>/<c>nan</c> in any case for <c>float</c>.
/// </summary>
public static class PythonNumber
{
    public static bool TryParseInt(ReadOnlySpan<char> field, out long value)
    {
        value = 0;
        int i = field.Length > 0 && field[0] is '+' or '-' ? 1 : 0;
        bool negative = i == 1 && field[0] == '-';
        bool previousWasDigit = false;
        if (i == field.Length)
        {
            return false;
        }

        for (; i < field.Length; i++)
        {
            char c = field[i];
            if (c == '_' && previousWasDigit && i + 1 < field.Length && field[i + 1] != '_')
            {
                previousWasDigit = false;
                continue;
            }

            int digit = char.IsAsciiDigit(c) ? c - '0' : CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                return false;
            }

            try
            {
                value = checked((value * 10) + (negative ? -digit : digit));
            }
            catch (OverflowException)
            {
                return false;
            }

            previousWasDigit = true;
        }

        return previousWasDigit;
    }

    /// <summary>
    /// True for the form every .dat line's percentage has  (<c>12.5</c>, <c>8.3e-05</c>: ASCII digits,
    /// at most one point, an optional exponent), which <c>float()</c> always accepts: a line that
    /// is only checked, not kept, need not be converted. False says nothing: parse the field.
    /// </summary>
    public static bool IsPlainDecimal(ReadOnlySpan<char> field)
    {
        int i = 0;
        int digits = 0;
        bool point = false;
        for (; i < field.Length; i++)
        {
            char c = field[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else
            {
                break;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i == field.Length)
        {
            return true;
        }

        if (field[i] is not ('e' or 'E'))
        {
            return false;
        }

        i++;
        if (i < field.Length && field[i] is '+' or '-')
        {
            i++;
        }

        int exponentDigits = 0;
        for (; i < field.Length && char.IsAsciiDigit(field[i]); i++)
        {
            exponentDigits++;
        }

        return exponentDigits > 0 && i == field.Length;
    }

    public static bool TryParseFloat(ReadOnlySpan<char> field, out double value)
    {
        ReadOnlySpan<char> unsigned = field.TrimStart("+-");
        bool negative = field.StartsWith('-');
        if (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return field.Length - unsigned.Length <= 1;
        }

        if (unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return field.Length - unsigned.Length <= 1;
        }

        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (!field.Contains('_') || field.IndexOf("__") >= 0 || field.StartsWith('_') || field.EndsWith('_'))
        {
            return double.TryParse(field, Styles, CultureInfo.InvariantCulture, out value);
        }

        // Single underscores between digits (1_000.5), as Python allows: parsed without them.
        Span<char> digits = field.Length <= 128 ? stackalloc char[field.Length] : new char[field.Length];
        int length = 0;
        foreach (char c in field)
        {
            if (c != '_')
            {
                digits[length++] = c;
            }
        }

        return double.TryParse(digits[..length], Styles, CultureInfo.InvariantCulture, out value);
    }
}
