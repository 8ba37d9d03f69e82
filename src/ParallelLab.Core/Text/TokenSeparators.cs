namespace ParallelLab.Core.Text;

/// <summary>
/// One table for "ends a token": a reference delimiter (replaced by a space) or Python whitespace.
/// Python splits lines first, but every line break is also whitespace (docs/reference-quirks.md §3), so splitting the
/// whole text at once gives the same tokens.
/// </summary>
internal static class TokenSeparators
{
    private static readonly bool[] Table = Build();

    public static bool IsSeparator(char c) => c <= PythonWhitespace.Highest && Table[c];

    private static bool[] Build()
    {
        var table = new bool[PythonWhitespace.Highest + 1];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = PythonWhitespace.IsSpace((char)c) || Delimiters.IsDelimiter((char)c);
        }

        return table;
    }
}
