using System.Text;
using CsCheck;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.Tests.Text;

/// <summary>
/// The byte-level tokenizer (separator mask 64 bytes at a time, words read as one or two
/// integers, non-ASCII words rune by rune) against a model written as the reference's Python reads:
/// replace every delimiter by a space, split on Python whitespace, lower-case each token. Random
/// texts mix the characters where the fast paths could go wrong: ASCII and non-ASCII separators,
/// letters whose UTF-8 bytes include 0x85 or 0xA0, the two special lowercase mappings, a
/// character outside the BMP, and words of every length around 8 and 16 bytes and around the
/// 64-byte mask words.
/// </summary>
public class TokenizerModelTests
{
    private static readonly string[] Pieces =
    [
        "a", "b", "Z", "Q", "e", "7", "_", "&", "+",
        " ", "  ", "\t", "\r\n", "\n", "\u001C", "\u001F", ".", ",", "'", "\"", "-", "(", "]", "`", "@",
        "\u0085", "\u00A0", "\u2000", "\u200A", "\u2028", "\u3000", "\u202F", "\u205F", "\u1680",
        "\u00E0", "\u00C0", "\u00F1", "\u0105", "\u2019", "\u201C", "\u2014", "\u200B", "\uFEFF", "\u0082",
        "\u03A3", "\u0130", "\u0391", "\U00010428", "\U00010400",
        "word", "WORDS", "abcdefgh", "ABCDEFGHI", "abcdefghijklmnop", "abcdefghijklmnopq",
    ];

    private static readonly Gen<string> Texts = Gen.OneOfConst(Pieces).Array[0, 120].Select(string.Concat);

    [Fact]
    public void Tokens_match_the_python_model() =>
        Texts.Sample(text => Assert.Equal(Model(text), Tokens(Tokenizer.Tokenize(text, "random"))), iter: 3000);

    [Fact]
    public void Counting_without_ids_gives_the_same_vocabulary_and_counts() =>
        Texts.Sample(text =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes("x " + text);
            TokenizedBook full = Tokenizer.TokenizeUtf8(bytes, "random");
            TokenizedBook counted = Tokenizer.CountUtf8(bytes, "random");
            Assert.Equal(full.Vocabulary, counted.Vocabulary);
            Assert.Equal(full.Counts.ToArray(), counted.Counts.ToArray());
            Assert.Equal(full.TokenCount, counted.TokenCount);
            Assert.False(counted.HasWordIds);
            Assert.Throws<InvalidOperationException>(() => counted.WordIds.Length);
        }, iter: 500);

    [Fact]
    public void Many_distinct_long_and_short_words_keep_their_ids_and_counts()
    {
        // Enough words to grow the table several times, each length from 1 to 40 bytes.
        var words = Enumerable.Range(0, 20_000).Select(i => new string((char)('a' + (i % 26)), 1 + (i % 40)) + i.ToString("x")).ToArray();
        string text = string.Join(' ', words.Concat(words.Reverse()));

        TokenizedBook book = Tokenizer.Tokenize(text, "many");

        Assert.Equal(words, book.Vocabulary);
        Assert.All(book.Counts.ToArray(), count => Assert.Equal(2, count));
    }

    private static string[] Tokens(TokenizedBook book) => book.WordIds.ToArray().Select(id => book.Vocabulary[id]).ToArray();

    private static string[] Model(string text)
    {
        var spaced = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            spaced.Append(Delimiters.IsDelimiter(c) ? ' ' : c);
        }

        var tokens = new List<string>();
        var token = new StringBuilder();
        foreach (char c in spaced.ToString())
        {
            if (PythonWhitespace.IsSpace(c))
            {
                Flush();
            }
            else
            {
                token.Append(c);
            }
        }

        Flush();
        return [.. tokens];

        void Flush()
        {
            if (token.Length > 0)
            {
                tokens.Add(PythonLowercase.Lower(token.ToString()));
                token.Clear();
            }
        }
    }
}
