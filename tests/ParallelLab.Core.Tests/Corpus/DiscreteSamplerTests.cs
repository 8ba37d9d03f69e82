using ParallelLab.Core.Corpus;

namespace ParallelLab.Core.Tests.Corpus;

public class DiscreteSamplerTests
{
    [Fact]
    public void Draws_each_index_in_proportion_to_its_weight()
    {
        double[] weights = [1, 0, 3, 6];
        var sampler = new DiscreteSampler(weights);
        var random = new SeededRandom(1);
        var counts = new int[weights.Length];
        const int draws = 200_000;
        for (int i = 0; i < draws; i++)
        {
            counts[sampler.Sample(random)]++;
        }

        Assert.Equal(0, counts[1]);
        for (int i = 0; i < weights.Length; i++)
        {
            double expected = draws * weights[i] / 10;

            // Five binomial standard deviations.
            Assert.InRange(counts[i], expected - (5 * Math.Sqrt(expected)) - 1, expected + (5 * Math.Sqrt(expected)) + 1);
        }
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 1.0, -1.0 })]
    [InlineData(new[] { double.NaN })]
    public void Rejects_invalid_weights(double[] weights) => Assert.Throws<ArgumentException>(() => new DiscreteSampler(weights));
}
