namespace ParallelLab.Core.Text;

/// <summary>
/// An inverted index: for every word id, the ascending positions where it occurs, stored in one
/// array (compressed sparse rows). Built by a counting sort in two passes over the text.
/// </summary>
public sealed class WordPositions
{
    private readonly int[] _offsets;
    private readonly int[] _positions;

    private WordPositions(int[] offsets, int[] positions)
    {
        _offsets = offsets;
        _positions = positions;
    }

    public ReadOnlySpan<int> Of(int wordId) => _positions.AsSpan(_offsets[wordId], _offsets[wordId + 1] - _offsets[wordId]);

    public static WordPositions Index(ReadOnlySpan<int> wordIds, int vocabularySize)
    {
        var offsets = new int[vocabularySize + 1];
        foreach (int id in wordIds)
        {
            offsets[id + 1]++;
        }

        for (int id = 0; id < vocabularySize; id++)
        {
            offsets[id + 1] += offsets[id];
        }

        var next = offsets[..^1];
        var positions = new int[wordIds.Length];
        for (int position = 0; position < wordIds.Length; position++)
        {
            positions[next[wordIds[position]]++] = position;
        }

        return new WordPositions(offsets, positions);
    }
}
