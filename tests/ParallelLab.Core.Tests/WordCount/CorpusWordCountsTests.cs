using System.Text;
using CsCheck;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Tests.WordCount;

/// <summary>
/// The corpus table orders by count, then by first occurrence in the concatenated text, however
/// the books were split over workers and merged, and whether its sort packs the keys into one
/// integer (the usual sizes) or compares them as pairs (a count of 2^23 or more, a book index of
/// 2^16 or more).
/// </summary>
public class CorpusWordCountsTests
{
    /// <summary>Few letters, so that books share words; lengths on both sides of 8 and 16 UTF-8 bytes, where the table's keys change shape.</summary>
    private static readonly Gen<string> Words = Gen.Frequency(
        (6, Gen.Char['a', 'c'].Array[1, 3].Select(c => new string(c))),
        (2, Gen.OneOfConst("a", "é", "𐐨").Array[5, 12].Select(string.Concat)),
        (1, Gen.Char['a', 'b'].Array[15, 40].Select(c => new string(c))));

    private static readonly Gen<(string Word, int Count)[][]> Books =
        Gen.Select(Words, Gen.Int[1, 5])
            .Array[0, 12]
            .Select(book => book.DistinctBy(w => w.Item1).ToArray())
            .Array[1, 6];

    [Fact]
    public void The_table_is_the_stable_order_of_the_concatenated_text_however_the_books_were_merged() =>
        Gen.Select(Books, Gen.Int[1, 3], Gen.Bool).Sample((books, workers, huge) =>
        {
            // With huge set, book indexes and one count are past what the packed sort can hold.
            int Index(int book) => huge ? 70_000 + book : book;
            long Count(int count) => huge && count == 5 ? (1L << 25) + count : count;

            var parts = Enumerable.Range(0, workers).Select(_ => new CorpusWordCounts()).ToArray();
            for (int b = 0; b < books.Length; b++)
            {
                var (words, counts) = (books[b].Select(w => w.Word).ToArray(), books[b].Select(w => (int)Math.Min(int.MaxValue, Count(w.Count))).ToArray());
                parts[b % workers].Add(words, counts, counts.Sum(c => (long)c), Index(b));
            }

            for (int w = 1; w < workers; w++)
            {
                parts[0].Merge(parts[w]);
            }

            var expected = books
                .SelectMany((book, b) => book.Select((w, rank) => (w.Word, Count: Math.Min(int.MaxValue, Count(w.Count)), FirstSeen: ((long)Index(b) << 32) | (uint)rank)))
                .GroupBy(w => w.Word)
                .Select(g => (Word: g.Key, Count: g.Sum(w => w.Count), FirstSeen: g.Min(w => w.FirstSeen)))
                .OrderByDescending(w => w.Count).ThenBy(w => w.FirstSeen)
                .Select(w => (w.Word, w.Count))
                .ToArray();

            Assert.Equal(expected, parts[0].ToTable().Select(e => (e.Word, e.Count)).ToArray());
        }, iter: 2000);

    [Fact]
    public void A_counted_book_adds_what_its_words_as_strings_add() =>
        Gen.Select(Words, Gen.OneOfConst(" ", "\n", ". ")).Array[1, 60].Array[1, 4].Sample(books =>
        {
            var fromBooks = new CorpusWordCounts();
            var fromStrings = new CorpusWordCounts();
            for (int b = 0; b < books.Length; b++)
            {
                byte[] text = Encoding.UTF8.GetBytes(string.Concat(books[b].Select(p => p.Item1 + p.Item2)));
                TokenizedBook counted = Tokenizer.CountUtf8(text, "book");
                fromBooks.Add(counted, b);
                fromStrings.Add([.. counted.Vocabulary], counted.Counts, counted.TokenCount, b);
            }

            Assert.Equal(fromStrings.DistinctWords, fromBooks.DistinctWords);
            Assert.Equal(fromStrings.TotalWords, fromBooks.TotalWords);
            Assert.Equal(fromStrings.ToTable(), fromBooks.ToTable());
        }, iter: 500);
}
