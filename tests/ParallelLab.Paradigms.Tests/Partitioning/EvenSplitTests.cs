using CsCheck;
using ParallelLab.Paradigms.Partitioning;

namespace ParallelLab.Paradigms.Tests.Partitioning;

public class EvenSplitTests
{
    [Fact]
    public void Covers_every_item_exactly_once_in_order_with_sizes_differing_by_at_most_one()
    {
        Gen.Select(Gen.Int[0, 500], Gen.Int[1, 64]).Sample((items, workers) =>
        {
            Range[] blocks = EvenSplit.Blocks(items, workers);
            int[] covered = blocks.SelectMany(b => Enumerable.Range(b.Start.Value, b.End.Value - b.Start.Value)).ToArray();
            int[] sizes = blocks.Select(b => b.End.Value - b.Start.Value).ToArray();
            return covered.SequenceEqual(Enumerable.Range(0, items)) && sizes.Max() - sizes.Min() <= 1;
        });
    }

    [Fact]
    public void The_first_remainder_workers_get_one_more()
    {
        // The lesson's example: 10 words over 4 ranks.
        Assert.Equal([0..3, 3..6, 6..8, 8..10], EvenSplit.Blocks(10, 4));
    }

    [Fact]
    public void More_workers_than_items_leaves_the_last_ones_empty() =>
        Assert.Equal([0..1, 1..2, 2..2], EvenSplit.Blocks(2, 3));
}
