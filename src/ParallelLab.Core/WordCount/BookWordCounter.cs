using ParallelLab.Core.Text;

namespace ParallelLab.Core.WordCount;

/// <summary>
/// The whole per-book word-count job of the lesson's pipeline, from the file's bytes to the sorted
/// table (everything but writing the .dat), the words left as UTF-8 until someone reads them as strings: the unit of work that the parallel engines distribute.
/// </summary>
public static class BookWordCounter
{
    public static WordTable Count(ReadOnlySpan<byte> bookBytes, string name, int minLength = 1, Action? checkpoint = null) =>
        WordTable.FromBook(Tokenizer.CountUtf8(bookBytes, name, checkpoint), minLength);
}
