using System.Text;

namespace ParallelLab.Core.Corpus;

/// <summary>
/// An invented vocabulary, ordered by rank: frequent words are short (one syllable), rare ones
/// long, as in natural languages. About one rare word in a hundred carries an accented vowel so
/// that the non-ASCII path of the tokeniser is exercised by the built-in corpus too.
/// </summary>
public static class PseudoWordLexicon
{
    private static readonly string[] Onsets = ["", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "y", "z", "th", "sh", "ch", "st", "br", "tr", "gr", "pl", "cl", "wh"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ea", "ou", "ai", "ie", "oo", "y"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "t", "l", "d", "ng", "st", "m", "ck"];

    public static string[] Create(int size, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var words = new string[size];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        for (int rank = 0; rank < size; rank++)
        {
            do
            {
                word.Clear();
                int syllables = rank switch
                {
                    < 60 => 1,
                    < 1_500 => random.Next(1, 3),
                    < 12_000 => random.Next(2, 4),
                    _ => random.Next(2, 5),
                };
                for (int s = 0; s < syllables; s++)
                {
                    word.Append(Onsets[random.Next(Onsets.Length)])
                        .Append(Vowels[random.Next(Vowels.Length)])
                        .Append(Codas[random.Next(Codas.Length)]);
                }

                if (rank > 500 && rank % 97 == 13)
                {
                    Accent(word);
                }
            }
            while (!seen.Add(word.ToString()));

            words[rank] = word.ToString();
        }

        return words;
    }

    private static void Accent(StringBuilder word)
    {
        for (int i = word.Length - 1; i >= 0; i--)
        {
            char accented = word[i] switch { 'e' => 'é', 'i' => 'ï', 'a' => 'à', 'o' => 'ô', _ => '\0' };
            if (accented != '\0')
            {
                word[i] = accented;
                return;
            }
        }
    }
}
