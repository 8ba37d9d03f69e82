using ParallelLab.Core.IO;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Autocorrelation;

/// <summary>
/// The words whose ACF is averaged: the first N lines of the book's .dat file, so the .dat's tie
/// order decides (docs/reference-quirks.md §15), resolved to the book's word ids.
/// </summary>
public static class TopWords
{
    public static int[] FromDat(TokenizedBook book, IReadOnlyList<WordCountEntry> dat, int count, string datName)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(dat);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (dat.Count == 0)
        {
            throw new InputException($"word-count file '{datName}' has no words");
        }

        var ids = new int[Math.Min(count, dat.Count)];
        for (int i = 0; i < ids.Length; i++)
        {
            // The reference would average a NaN row for a word the book lacks; that only happens
            // when the .dat belongs to another book, so we say so instead.
            if (!book.TryGetId(dat[i].Word, out ids[i]))
            {
                throw new InputException($"word '{dat[i].Word}' from '{datName}' does not occur in book '{book.Name}': is the .dat file for another book?");
            }
        }

        return ids;
    }

    /// <summary>The book's own N most frequent words, for when no .dat file is at hand.</summary>
    public static int[] MostFrequent(TokenizedBook book, int count)
    {
        ArgumentNullException.ThrowIfNull(book);
        return WordCountTable.RankByCount(book.Counts)[..Math.Min(count, book.VocabularySize)];
    }
}
