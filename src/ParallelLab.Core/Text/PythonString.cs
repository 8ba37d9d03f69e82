using System.Text;

namespace ParallelLab.Core.Text;

/// <summary>String facts measured the way Python measures them: in code points, not UTF-16 units.</summary>
public static class PythonString
{
    /// <summary><c>len(s)</c>: a letter outside the BMP counts once, not twice.</summary>
    public static int Length(ReadOnlySpan<char> s)
    {
        int surrogatePairs = 0;
        foreach (char c in s)
        {
            if (char.IsHighSurrogate(c))
            {
                surrogatePairs++;
            }
        }

        return s.Length - surrogatePairs;
    }

    /// <summary><c>s[:-n]</c>: drops the last <paramref name="n"/> code points (all of them if fewer).</summary>
    public static string DropLast(string s, int n)
    {
        int end = s.Length;
        for (int dropped = 0; dropped < n && end > 0; dropped++)
        {
            Rune.DecodeLastFromUtf16(s.AsSpan(0, end), out _, out int length);
            end -= length;
        }

        return s[..end];
    }
}
