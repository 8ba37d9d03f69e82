using ParallelLab.Core.Text;

namespace ParallelLab.Core.Autocorrelation;

/// <summary>
/// The lesson's <c>word_autocorr</c> double loop, kept as it is: a 0/1 mask of the whole text,
/// then for every lag a pass over every position. Cost O(N × timesteps) per word, whatever the
/// word's frequency; this is the workload the parallel paradigms divide.
/// The reference adds 0/1 products into a float64, which is exact below 2^53; an integer sum
/// gives the same value faster.
/// </summary>
public sealed class ReferenceAcfKernel : AcfKernel
{
    public static ReferenceAcfKernel Instance { get; } = new();

    public override string Name => "reference";

    protected override void CountPairs(TokenizedBook book, int wordId, int firstLag, Span<long> pairs, Action? checkpoint)
    {
        ReadOnlySpan<int> text = book.WordIds;
        int n = text.Length;

        // mask = [w == word for w in text]
        var mask = new byte[n];
        for (int i = 0; i < n; i++)
        {
            mask[i] = text[i] == wordId ? (byte)1 : (byte)0;
        }

        for (int k = 0; k < pairs.Length; k++)
        {
            int t = firstLag + k;
            long sum = 0;
            for (int i = 1; i < n - t; i++)
            {
                sum += mask[i] & mask[i + t];
            }

            pairs[k] += sum;
            checkpoint?.Invoke();
        }
    }
}
