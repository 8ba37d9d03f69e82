using System.Globalization;
using System.Text;

namespace ParallelLab.Core.Text;

/// <summary>
/// The two derived properties the Final_Sigma rule needs (Unicode DerivedCoreProperties.txt):
/// <c>Cased</c> = Lowercase ∪ Uppercase ∪ Lt, and <c>Case_Ignorable</c> = Mn ∪ Me ∪ Cf ∪ Lm ∪ Sk
/// ∪ Word_Break ∈ {MidLetter, MidNumLet, Single_Quote}. The general categories come from .NET; the
/// short lists below are the Other_Lowercase/Other_Uppercase and Word_Break members they miss.
/// </summary>
internal static class UnicodeCaseProperties
{
    public static bool IsCased(Rune rune)
    {
        UnicodeCategory category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter)
        {
            return true;
        }

        int v = rune.Value;
        return v is 0x00AA or 0x00BA or 0x0345 or 0x037A or 0x1D78 or 0x2071 or 0x207F or 0xA770
            or (>= 0x02B0 and <= 0x02B8) or (>= 0x02C0 and <= 0x02C1) or (>= 0x02E0 and <= 0x02E4)
            or (>= 0x1D2C and <= 0x1D6A) or (>= 0x1D9B and <= 0x1DBF) or (>= 0x2090 and <= 0x209C)
            or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9) or (>= 0x2C7C and <= 0x2C7D)
            or (>= 0xA69C and <= 0xA69D) or (>= 0xA7F8 and <= 0xA7F9) or (>= 0xAB5C and <= 0xAB5F)
            or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189);
    }

    public static bool IsCaseIgnorable(Rune rune)
    {
        UnicodeCategory category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol)
        {
            return true;
        }

        int v = rune.Value;
        return v is 0x0027 or 0x002E or 0x003A or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019
            or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
    }
}
