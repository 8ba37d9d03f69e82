using CsCheck;
using ParallelLab.Core.Corpus;

namespace ParallelLab.Core.Tests.Corpus;

public class SeededRandomTests
{
    [Fact]
    public void The_same_seed_gives_the_same_sequence()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);

        Assert.Equal(Enumerable.Range(0, 100).Select(_ => a.NextUInt64()), Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void Draws_stay_in_range()
    {
        Gen.Select(Gen.ULong, Gen.Int[1, int.MaxValue]).Sample((seed, max) =>
        {
            var random = new SeededRandom(seed);
            int value = random.Next(max);
            double unit = random.NextDouble();
            return value >= 0 && value < max && unit >= 0 && unit < 1;
        });
    }
}
