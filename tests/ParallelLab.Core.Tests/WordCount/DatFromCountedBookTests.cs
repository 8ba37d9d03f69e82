using System.Text;
using CsCheck;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;
using ParallelLab.TestSupport;

namespace ParallelLab.Core.Tests.WordCount;

/// <summary>
/// A counted book's .dat written from its UTF-8 words (no strings) is byte for byte the .dat of
/// its table of string entries, for words of any length, ASCII or not, and any minimum length.
/// </summary>
public class DatFromCountedBookTests
{
    private static readonly Gen<string> Texts = Gen.OneOfConst("a", "B", "é", "ß", "\U00010428", "word", "LONGERWORDSTHANSIXTEENBYTES", " ", " ", "\n", ". ")
        .Array[1, 200].Select(string.Concat);

    [Fact]
    public void The_dat_from_utf8_words_equals_the_dat_from_string_entries() =>
        Gen.Select(Texts, Gen.Int[1, 4]).Sample((text, minLength) =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes("x " + text);
            TokenizedBook counted = Tokenizer.CountUtf8(bytes, "random");
            using var folder = new TemporaryDirectory();
            string path = folder.File("book.dat");

            DatFile.Write(path, counted, minLength);

            Assert.Equal(DatFile.Format(WordCountTable.FromBook(Tokenizer.CountUtf8(bytes, "random"), minLength)), File.ReadAllText(path));
        }, iter: 300);
}
