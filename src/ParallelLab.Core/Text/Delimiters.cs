namespace ParallelLab.Core.Text;

/// <summary>
/// The reference's <c>DELIMITERS</c>: these ASCII characters are replaced by a space before the
/// text is split (docs/reference-quirks.md §5). Typographic quotes and dashes are deliberately not among them.
/// </summary>
public static class Delimiters
{
    public const string All = ".,;:?$@^<>#%`!*-=()[]{}/\"'";

    public static bool IsDelimiter(char c) => c < 128 && All.Contains(c, StringComparison.Ordinal);
}
