using System.Text;
using ParallelLab.Core.IO;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.Tests.Text;

/// <summary>
/// The tokenizer finds NUL bytes on its separator pass, not a pass of its own: it must refuse
/// exactly what <see cref="BookDecoder.Validate"/> refuses, with the same message, wherever the
/// byte falls (in the vectorised words of 64 bytes or in the tail after them).
/// </summary>
public class TokenizerRefusalTests
{
    public static TheoryData<int, int> NulPlaces() => new()
    {
        { 10, 0 }, { 10, 9 }, { 200, 63 }, { 200, 64 }, { 200, 130 }, { 200, 199 }, { 128, 127 },
    };

    [Theory]
    [MemberData(nameof(NulPlaces))]
    public void A_nul_byte_anywhere_is_refused_as_binary_with_its_offset(int length, int nulAt)
    {
        byte[] book = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("word ", length))[..length]);
        book[nulAt] = 0;

        var counted = Assert.Throws<InputException>(() => Tokenizer.CountUtf8(book, "b.txt"));
        var tokenized = Assert.Throws<InputException>(() => Tokenizer.TokenizeUtf8(book, "b.txt"));
        var validated = Assert.Throws<InputException>(() => BookDecoder.Validate(book, "b.txt"));

        Assert.Equal($"book 'b.txt' looks binary (NUL byte at offset {nulAt}), not plain text", counted.Message);
        Assert.Equal(validated.Message, counted.Message);
        Assert.Equal(validated.Message, tokenized.Message);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', 0, 0xFF, (byte)'b' }, "looks binary (NUL byte at offset 1)")]
    [InlineData(new byte[] { (byte)'a', 0xFF, 0, (byte)'b' }, "looks binary (NUL byte at offset 2)")]
    [InlineData(new byte[] { (byte)'a', 0xFF, (byte)'b' }, "not valid UTF-8 text (invalid byte at offset 1)")]
    public void A_nul_is_named_before_bad_utf8_as_the_decoder_names_it(byte[] book, string message)
    {
        var e = Assert.Throws<InputException>(() => Tokenizer.CountUtf8(book, "b.txt"));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(Assert.Throws<InputException>(() => BookDecoder.Validate(book, "b.txt")).Message, e.Message);
    }

    [Fact]
    public void A_string_given_in_code_may_hold_a_nul_as_a_character()
    {
        TokenizedBook book = Tokenizer.Tokenize("a\0b c", "code");

        Assert.Equal(["a\0b", "c"], book.Vocabulary);
    }
}
