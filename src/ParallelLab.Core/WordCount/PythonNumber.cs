using System.Globalization;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// Python's <c>int(s)</c> and <c>float(s)</c> for one whitespace-free field of a .dat file: a sign,
/// digits with single underscores between them (<c>1_000</c>), any Unicode decimal digits for
/// <c>int</c>, and <c>inf</c>/<c>infinity</c>/<c>nan</c> in any case for <c>float</c>.
/// </summary>
public static class PythonNumber
{
    public static bool TryParseInt(string field, out long value)
    {
        ArgumentNullException.ThrowIfNull(field);
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

            int digit = CharUnicodeInfo.GetDecimalDigitValue(c);
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

    public static bool TryParseFloat(string field, out double value)
    {
        ArgumentNullException.ThrowIfNull(field);
        string unsigned = field.TrimStart('+', '-');
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

        string withoutUnderscores = field.Contains("__", StringComparison.Ordinal) || field.StartsWith('_') || field.EndsWith('_')
            ? field
            : field.Replace("_", string.Empty, StringComparison.Ordinal);
        return double.TryParse(withoutUnderscores, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }
}
