using System.Buffers.Binary;
using System.Text;
using CsCheck;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.Tests.Text;

/// <summary>
/// The packed vocabulary that counting produces: every word reads back as its bytes, its string,
/// its Python length and its zero-padded integer key, for words of every length around 8 and 16
/// bytes, ASCII or not.
/// </summary>
public class Utf8WordListTests
{
    private static readonly Gen<string[]> WordLists =
        Gen.OneOfConst("a", "z", "7", "é", "ß", "\u2019", "\U00010428").Array[1, 24].Select(string.Concat).Array[0, 30];

    [Fact]
    public void Words_read_back_as_their_bytes_strings_lengths_and_keys() =>
        WordLists.Sample(words =>
        {
            Utf8WordList list = Utf8WordList.FromStrings(words);

            Assert.Equal(words.Length, list.Count);
            Assert.Equal(words, list.ToStrings());
            for (int i = 0; i < words.Length; i++)
            {
                byte[] utf8 = Encoding.UTF8.GetBytes(words[i]);
                Assert.Equal(utf8, list[i].ToArray());
                Assert.Equal(words[i], list.GetString(i));
                Assert.Equal(PythonString.Length(words[i]), list.PythonLength(i));

                byte[] padded = new byte[Math.Max(16, utf8.Length)];
                utf8.CopyTo(padded, 0);
                (ulong first, ulong second, int length) = list.Padded(i);
                Assert.Equal(BinaryPrimitives.ReadUInt64LittleEndian(padded), first);
                Assert.Equal(BinaryPrimitives.ReadUInt64LittleEndian(padded.AsSpan(8)), second);
                Assert.Equal(utf8.Length, length);
            }
        }, iter: 1000);

    [Fact]
    public void A_list_without_room_to_read_its_last_word_whole_is_refused() =>
        Assert.Throws<ArgumentException>(() => new Utf8WordList(new byte[3 + Utf8WordList.Slack - 1], [3]));

    [Fact]
    public void A_vocabulary_gives_each_word_back_as_its_string_by_id() =>
        WordLists.Sample(words =>
        {
            using var vocabulary = new Utf8Vocabulary();
            int[] ids = words.Select(w => vocabulary.Intern(Encoding.UTF8.GetBytes(w))).ToArray();

            for (int i = 0; i < words.Length; i++)
            {
                Assert.Equal(words[i], vocabulary.GetString(ids[i]));
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => vocabulary.GetString(vocabulary.Count));
        }, iter: 1000);

    [Fact]
    public void A_list_over_longer_arrays_holds_only_its_count_of_words()
    {
        Utf8WordList whole = Utf8WordList.FromStrings(["ab", "cde", "f"]);
        var first = new Utf8WordList([.. "abcdef"u8, .. new byte[Utf8WordList.Slack]], [2, 5, 6], count: 2);

        Assert.Equal(2, first.Count);
        Assert.Equal(["ab", "cde"], first.ToStrings());
        Assert.Equal(3, whole.Count);
    }
}
