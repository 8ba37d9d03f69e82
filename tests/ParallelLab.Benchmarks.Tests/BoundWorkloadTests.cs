using ParallelLab.Benchmarks.Workloads;
using ParallelLab.Paradigms;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Benchmarks.Tests;

public class BoundWorkloadTests
{
    /// <summary>Serial = the workload's digits in order; "reversed" gets the order wrong; the merge step joins per-worker parts.</summary>
    private static readonly EngineFamily<string, int[]> Digits = new(
        "serial",
        w => [.. w.Select(c => c - '0')],
        (x, y) => x.AsSpan().SequenceEqual(y),
        [Engine.Of<string, int[]>("right", (w, _) => [.. w.Select(c => c - '0')]), Engine.Of<string, int[]>("reversed", (w, _) => [.. w.Reverse().Select(c => c - '0')])],
        mergeStep: (w, workers) =>
        {
            int[][] parts = [.. w.Chunk(Math.Max(1, w.Length / workers)).Select(part => part.Select(c => c - '0').ToArray())];
            return () => [.. parts.SelectMany(p => p)];
        });

    [Fact]
    public void Runs_checks_and_merges_through_the_family()
    {
        BoundWorkload bound = BoundWorkload.Bind(Digits, "1234");

        Assert.Equal(new[] { 1, 2, 3, 4 }, (int[])bound.Serial());
        Assert.Equal(new[] { 4, 3, 2, 1 }, (int[])bound.Run("reversed", 2));
        bound.CheckAgainstSerial(2, "right");
        bound.PrepareMerge(2);
        Assert.Equal(new[] { 1, 2, 3, 4 }, (int[])bound.Merge());
    }

    [Fact]
    public void A_wrong_engine_stops_the_check_with_its_name()
    {
        BoundWorkload bound = BoundWorkload.Bind(Digits, "1234");

        var e = Assert.Throws<ParadigmException>(() => bound.CheckAgainstSerial(2, "right", "reversed"));

        Assert.Equal("reversed with 2 workers gave a result that differs from serial", e.Message);
    }

    [Fact]
    public void The_merge_needs_its_parallel_phase_first()
    {
        Assert.Throws<InvalidOperationException>(() => BoundWorkload.Bind(Digits, "12").Merge());
    }
}
