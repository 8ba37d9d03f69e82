using System.Text;

namespace ParallelLab.Core.Text;

/// <summary>
/// Python's <c>str.lower()</c> (docs/reference-quirks.md §6): Unicode's full lowercase mapping, which differs from
/// .NET's simple per-character mapping in two places. U+0130 (İ) becomes two code points
/// "i̇" (SpecialCasing.txt), and capital sigma becomes final sigma (ς) at the end of a word
/// (the Final_Sigma condition of Unicode §3.13, as CPython's <c>handle_capital_sigma</c> applies it).
/// </summary>
public static class PythonLowercase
{
    private const char CapitalSigma = '\u03A3';
    private const char SmallSigma = '\u03C3';
    private const char FinalSigma = '\u03C2';
    private const char CapitalIWithDot = '\u0130';

    /// <summary>Lower-cases <paramref name="word"/> into <paramref name="destination"/>.</summary>
    public static void Append(ReadOnlySpan<char> word, StringBuilder destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        Span<char> buffer = stackalloc char[2];
        for (int i = 0; i < word.Length;)
        {
            Rune.DecodeFromUtf16(word[i..], out Rune rune, out int consumed);
            if (rune.Value == CapitalIWithDot)
            {
                destination.Append('i').Append('\u0307');
            }
            else if (rune.Value == CapitalSigma)
            {
                destination.Append(IsFinalSigma(word, i) ? FinalSigma : SmallSigma);
            }
            else
            {
                int written = Rune.ToLowerInvariant(rune).EncodeToUtf16(buffer);
                destination.Append(buffer[..written]);
            }

            i += consumed;
        }
    }

    /// <summary>True for the two code points whose Python lowercase is not their simple mapping.</summary>
    internal static bool DiffersFromSimpleMapping(Rune rune) => rune.Value is CapitalIWithDot or CapitalSigma;

    public static string Lower(string word)
    {
        var builder = new StringBuilder(word.Length);
        Append(word, builder);
        return builder.ToString();
    }

    /// <summary>
    /// Final_Sigma: preceded by a cased letter (skipping case-ignorables) and not followed by one.
    /// </summary>
    private static bool IsFinalSigma(ReadOnlySpan<char> word, int sigmaIndex)
    {
        int j = sigmaIndex;
        bool casedBefore = false;
        while (j > 0)
        {
            Rune.DecodeLastFromUtf16(word[..j], out Rune previous, out int length);
            j -= length;
            if (!UnicodeCaseProperties.IsCaseIgnorable(previous))
            {
                casedBefore = UnicodeCaseProperties.IsCased(previous);
                break;
            }
        }

        if (!casedBefore)
        {
            return false;
        }

        for (int k = sigmaIndex + 1; k < word.Length;)
        {
            Rune.DecodeFromUtf16(word[k..], out Rune next, out int length);
            k += length;
            if (!UnicodeCaseProperties.IsCaseIgnorable(next))
            {
                return !UnicodeCaseProperties.IsCased(next);
            }
        }

        return true;
    }
}
