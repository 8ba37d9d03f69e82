namespace ParallelLab.Core.Text;

/// <summary>
/// Assigns word ids in first-occurrence order and counts occurrences, looking words up by span so
/// that a repeated word costs no allocation.
/// </summary>
internal sealed class VocabularyBuilder
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;
    private readonly List<string> _words = [];
    private readonly List<int> _counts = [];

    public VocabularyBuilder() => _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Intern(ReadOnlySpan<char> word)
    {
        if (_idsBySpan.TryGetValue(word, out int id))
        {
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_counts)[id]++;
            return id;
        }

        return Add(word.ToString());
    }

    public int Intern(string word)
    {
        if (_ids.TryGetValue(word, out int id))
        {
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_counts)[id]++;
            return id;
        }

        return Add(word);
    }

    public TokenizedBook Build(string name, int[] wordIds) => new(name, wordIds, [.. _words], [.. _counts]);

    private int Add(string word)
    {
        int id = _words.Count;
        _ids.Add(word, id);
        _words.Add(word);
        _counts.Add(1);
        return id;
    }
}
