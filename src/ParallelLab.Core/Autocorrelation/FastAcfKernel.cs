using ParallelLab.Core.Text;

namespace ParallelLab.Core.Autocorrelation;

/// <summary>
/// The same numbers as <see cref="ReferenceAcfKernel"/> from the word's sorted occurrence positions:
/// for each occurrence p ≥ 1, every later occurrence q with q − p inside the lag window is one pair
/// at lag q − p. The bound i + t ≤ N − 1 holds by itself because q is a position in the text.
/// Cost O(occurrences × occurrences-per-window), independent of text length and at most
/// O(occurrences × timesteps).
/// </summary>
public sealed class FastAcfKernel : AcfKernel
{
    public static FastAcfKernel Instance { get; } = new();

    private const int CheckpointEvery = 4095;

    public override string Name => "fast";

    protected override void CountPairs(TokenizedBook book, int wordId, int firstLag, Span<long> pairs, Action? checkpoint)
    {
        ReadOnlySpan<int> positions = book.Positions.Of(wordId);
        int endLag = firstLag + pairs.Length;
        for (int a = 0; a < positions.Length; a++)
        {
            if ((a & CheckpointEvery) == CheckpointEvery)
            {
                checkpoint?.Invoke();
            }

            int p = positions[a];
            if (p == 0)
            {
                continue; // the reference's sum starts at i = 1
            }

            for (int b = a; b < positions.Length; b++)
            {
                int lag = positions[b] - p;
                if (lag >= endLag)
                {
                    break;
                }

                if (lag >= firstLag)
                {
                    pairs[lag - firstLag]++;
                }
            }
        }
    }
}
