using CsCheck;
using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Text;

namespace ParallelLab.Core.Tests.Autocorrelation;

/// <summary>The fast kernel against the reference on random texts (property tests, CsCheck).</summary>
public class KernelAgreementTests
{
    // Small vocabularies make every word frequent and dense runs likely, which is where the
    // window logic of the fast kernel could go wrong.
    private static readonly Gen<int[]> Texts = Gen.Int[1, 6].SelectMany(vocabulary => Gen.Int[0, vocabulary - 1].Array[1, 600]);

    private static TokenizedBook Book(int[] ids)
    {
        int vocabulary = ids.Max() + 1;
        var counts = new int[vocabulary];
        foreach (int id in ids)
        {
            counts[id]++;
        }

        return new TokenizedBook("random", ids, Enumerable.Range(0, vocabulary).Select(i => $"w{i}").ToArray(), counts);
    }

    [Fact]
    public void Fast_kernel_equals_reference_kernel_bit_for_bit()
    {
        Gen.Select(Texts, Gen.Int[1, 120]).Sample((ids, timesteps) =>
        {
            TokenizedBook book = Book(ids);
            for (int word = 0; word < book.VocabularySize; word++)
            {
                if (book.Counts[word] == 0)
                {
                    continue;
                }

                double[] reference = ReferenceAcfKernel.Instance.WordAcf(book, word, timesteps);
                double[] fast = FastAcfKernel.Instance.WordAcf(book, word, timesteps);
                if (!reference.AsSpan().SequenceEqual(fast))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void A_lag_range_equals_the_same_slice_of_the_full_acf()
    {
        Gen.Select(Texts, Gen.Int[0, 80], Gen.Int[1, 40]).Sample((ids, firstLag, lagCount) =>
        {
            TokenizedBook book = Book(ids);
            int word = ids[0];
            foreach (AcfKernel kernel in AcfKernels.All)
            {
                double[] full = kernel.WordAcf(book, word, firstLag + lagCount);
                var slice = new double[lagCount];
                kernel.WordAcf(book, word, firstLag, slice);
                if (!full.AsSpan(firstLag).SequenceEqual(slice))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void Position_zero_is_never_counted_but_counts_as_an_occurrence()
    {
        // Text "a a": pairs from i = 1 only, so acf[0] = 1 / 2 and acf[1] = 0 (i = 1, i + 1 = 2 is past the end).
        TokenizedBook book = Book([0, 0]);

        foreach (AcfKernel kernel in AcfKernels.All)
        {
            Assert.Equal([0.5, 0.0, 0.0], kernel.WordAcf(book, 0, 3));
        }
    }
}
