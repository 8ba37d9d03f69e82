using System.Text;
using CsCheck;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Core.Tests.WordCount;

/// <summary>
/// The corpus table orders by count, then by first occurrence in the concatenated text, however
/// the books were split over workers and merged, on however many threads it is made, and
/// whether it is ranked by distribution counting (the usual sizes) or by comparisons (sparse book
/// indexes, a book added twice).
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
        Gen.Select(Books, Gen.Int[1, 3], Gen.OneOfConst(0, 70_000, 1 << 21), Gen.Int[1, 3]).Sample((books, workers, firstIndex, threads) =>
        {
            // Book indexes from 70,000 need a large offset table, from 2^21 a comparison sort;
            // with either, one count is past what distribution counting ranks.
            int Index(int book) => firstIndex + book;
            long Count(int count) => firstIndex > 0 && count == 5 ? (1L << 25) + count : count;

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

            Assert.Equal(expected, parts[0].ToTable(threads).Select(e => (e.Word, e.Count)).ToArray());
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

            Assert.Equal(fromStrings.TotalWords, fromBooks.TotalWords);
            Assert.Equal(fromStrings.ToTable(), fromBooks.ToTable());
        }, iter: 500);

    /// <summary>
    /// Enough words that every partition fills several batches, of growing sizes, and words too
    /// long for a batch (1 KB, more than the first batches' bytes; 100 KB, more than any's).
    /// </summary>
    [Fact]
    public void Many_and_very_long_words_count_as_a_dictionary_counts_them()
    {
        var random = new Random(20261130);
        string[] vocabulary = Enumerable.Range(0, 30_000).Select(i => $"w{i}é")
            .Concat([new string('l', 1_000), new string('m', 100_000)]).ToArray();
        string[][] books = Enumerable.Range(0, 5)
            .Select(_ => Enumerable.Range(0, 40_000).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray())
            .ToArray();

        var counts = new CorpusWordCounts();
        var firstSeen = new Dictionary<string, (long Count, int Book, int Rank)>();
        for (int b = 0; b < books.Length; b++)
        {
            var groups = books[b].GroupBy(w => w).ToArray(); // in first-occurrence order
            string[] distinct = groups.Select(g => g.Key).ToArray();
            int[] bookCounts = groups.Select(g => g.Count()).ToArray();
            counts.Add(distinct, bookCounts, books[b].Length, b);
            for (int rank = 0; rank < distinct.Length; rank++)
            {
                firstSeen[distinct[rank]] = firstSeen.TryGetValue(distinct[rank], out var seen)
                    ? (seen.Count + bookCounts[rank], seen.Book, seen.Rank)
                    : (bookCounts[rank], b, rank);
            }
        }

        var expected = firstSeen.OrderByDescending(w => w.Value.Count).ThenBy(w => w.Value.Book).ThenBy(w => w.Value.Rank)
            .Select(w => (w.Key, w.Value.Count)).ToArray();
        Assert.Equal(expected, counts.ToTable(degreeOfParallelism: 2).Select(e => (e.Word, e.Count)).ToArray());
    }

    [Fact]
    public void Merged_counts_stay_as_they_were_and_may_go_on_counting()
    {
        var first = new CorpusWordCounts();
        var second = new CorpusWordCounts();
        first.Add(["a", "b"], [2, 1], 3, bookIndex: 0);
        second.Add(["b", "c"], [5, 1], 6, bookIndex: 1);

        first.Merge(second);
        second.Add(["c"], [7], 7, bookIndex: 2);

        Assert.Equal([new("b", 6, 6 / 9.0 * 100), new("a", 2, 2 / 9.0 * 100), new("c", 1, 1 / 9.0 * 100)], first.ToTable());
        Assert.Equal([new("c", 8, 8 / 13.0 * 100), new("b", 5, 5 / 13.0 * 100)], second.ToTable());
    }

    [Fact]
    public void Counts_cannot_be_merged_into_themselves()
    {
        var counts = new CorpusWordCounts();
        Assert.Throws<ArgumentException>(() => counts.Merge(counts));
    }

    [Fact]
    public void A_book_added_twice_counts_twice()
    {
        var counts = new CorpusWordCounts();
        counts.Add(["a", "b", "c"], [1, 3, 2], 6, bookIndex: 0);
        counts.Add(["d", "a"], [4, 1], 5, bookIndex: 0);

        Assert.Equal([("d", 4L), ("b", 3L), ("a", 2L), ("c", 2L)], counts.ToTable().Select(e => (e.Word, e.Count)).ToArray());
    }
}
