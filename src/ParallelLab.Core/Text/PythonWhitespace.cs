namespace ParallelLab.Core.Text;

/// <summary>
/// Python's <c>str.isspace</c>, which is what <c>str.split()</c> splits on (docs/reference-quirks.md §4). It differs
/// from <see cref="char.IsWhiteSpace(char)"/>: it includes the separators U+001C–U+001F.
/// </summary>
public static class PythonWhitespace
{
    /// <summary>The highest whitespace code point (U+3000 IDEOGRAPHIC SPACE); all are in the BMP.</summary>
    internal const char Highest = '\u3000';

    public static bool IsSpace(char c) => c <= Highest && IsSpaceSlow(c);

    private static bool IsSpaceSlow(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\u001C' and <= '\u001F' => true,
        ' ' or '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };
}
