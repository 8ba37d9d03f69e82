using System.Globalization;
using System.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// <c>str(float)</c> / <c>repr(float)</c> of CPython (docs/reference-quirks.md §10): the shortest digits that round-trip,
/// written in fixed notation when the decimal exponent is in [-4, 16) and in exponent notation
/// (<c>1e-05</c>, <c>8.333333333333333e-05</c>, <c>1e+16</c>) otherwise; whole numbers keep ".0".
/// The shortest digits come from .NET's round-trip formatting; only the layout is Python's. It
/// formats into a caller's buffer as ASCII bytes, so that writing a .dat of tens of thousands
/// of lines allocates nothing per line.
/// </summary>
public static class PythonFloat
{
    /// <summary>Enough for any repr: a sign, 17 digits, a point, "e-308", and room to spare.</summary>
    public const int MaxLength = 32;

    public static string Repr(double value)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        return Encoding.ASCII.GetString(text[..WriteRepr(value, text)]);
    }

    /// <summary>Writes <c>repr(value)</c> as ASCII into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes) and returns its length.</summary>
    public static int WriteRepr(double value, Span<byte> destination)
    {
        if (double.IsNaN(value))
        {
            return Copy("nan"u8, destination);
        }

        if (double.IsInfinity(value))
        {
            return Copy(value > 0 ? "inf"u8 : "-inf"u8, destination);
        }

        int length = 0;
        if (value < 0 || (value == 0 && double.IsNegative(value)))
        {
            destination[length++] = (byte)'-';
        }

        Span<byte> digits = stackalloc byte[MaxLength];
        int pointPosition = ShortestDigits(Math.Abs(value), digits, out int count);
        digits = digits[..count];

        // CPython's float_repr_style 'short' rule: exponent form when decpt <= -4 or decpt > 16,
        // where the value is 0.d1d2... × 10^decpt.
        if (pointPosition <= -4 || pointPosition > 16)
        {
            destination[length++] = digits[0];
            if (digits.Length > 1)
            {
                destination[length++] = (byte)'.';
                length += Copy(digits[1..], destination[length..]);
            }

            int exponent = pointPosition - 1;
            destination[length++] = (byte)'e';
            destination[length++] = exponent < 0 ? (byte)'-' : (byte)'+';
            exponent = Math.Abs(exponent);
            if (exponent >= 100)
            {
                destination[length++] = (byte)('0' + (exponent / 100));
            }

            destination[length++] = (byte)('0' + (exponent / 10 % 10));
            destination[length++] = (byte)('0' + (exponent % 10));
        }
        else if (pointPosition <= 0)
        {
            length += Copy("0."u8, destination[length..]);
            destination.Slice(length, -pointPosition).Fill((byte)'0');
            length += -pointPosition;
            length += Copy(digits, destination[length..]);
        }
        else if (pointPosition >= digits.Length)
        {
            length += Copy(digits, destination[length..]);
            destination.Slice(length, pointPosition - digits.Length).Fill((byte)'0');
            length += pointPosition - digits.Length;
            length += Copy(".0"u8, destination[length..]);
        }
        else
        {
            length += Copy(digits[..pointPosition], destination[length..]);
            destination[length++] = (byte)'.';
            length += Copy(digits[pointPosition..], destination[length..]);
        }

        return length;
    }

    /// <summary>
    /// The shortest round-trip digits of a non-negative <paramref name="value"/>, without leading or
    /// trailing zeros, into <paramref name="digits"/>; returns where the decimal point goes.
    /// </summary>
    private static int ShortestDigits(double value, Span<byte> digits, out int count)
    {
        if (value == 0)
        {
            digits[0] = (byte)'0';
            count = 1;
            return 1;
        }

        // "R" is shortest since .NET Core 3.0 and gives d.ddd, plain digits or d.dddE±x.
        Span<byte> shortest = stackalloc byte[MaxLength];
        value.TryFormat(shortest, out int written, "R", CultureInfo.InvariantCulture);
        shortest = shortest[..written];
        int exponentIndex = shortest.IndexOfAny((byte)'E', (byte)'e');
        ReadOnlySpan<byte> mantissa = exponentIndex >= 0 ? shortest[..exponentIndex] : shortest;
        int exponent = 0;
        if (exponentIndex >= 0)
        {
            ReadOnlySpan<byte> power = shortest[(exponentIndex + 1)..];
            bool negative = power[0] == (byte)'-';
            foreach (byte b in power[(power[0] is (byte)'-' or (byte)'+' ? 1 : 0)..])
            {
                exponent = (exponent * 10) + (b - '0');
            }

            exponent = negative ? -exponent : exponent;
        }

        int dot = mantissa.IndexOf((byte)'.');
        int integerDigits = dot >= 0 ? dot : mantissa.Length;
        count = 0;
        int point = integerDigits + exponent;
        bool leading = true;
        foreach (byte b in mantissa)
        {
            if (b == (byte)'.')
            {
                continue;
            }

            if (leading && b == (byte)'0')
            {
                point--; // a leading zero moves the first significant digit right
                continue;
            }

            leading = false;
            digits[count++] = b;
        }

        while (count > 1 && digits[count - 1] == (byte)'0')
        {
            count--;
        }

        return point;
    }

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }
}
