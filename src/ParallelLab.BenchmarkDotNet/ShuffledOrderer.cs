using System.Collections.Immutable;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.Core.Corpus;

namespace ParallelLab.BenchmarkDotNet;

/// <summary>
/// Runs a class's cases in a shuffled order, so that a machine that drifts during a run (it warms
/// up, another job starts) adds noise to every worker count instead of a trend that looks like
/// scaling. The shuffle is seeded (<see cref="ScalingOptions.OrderSeed"/>, the lab's <c>--order-seed</c>) and the order each case ran in is recorded
/// with it (<see cref="ParallelLab.Reporting.Analysis.LabMetrics.RunOrder"/>); the summary keeps
/// BenchmarkDotNet's usual order.
/// </summary>
public sealed class ShuffledOrderer(int seed) : DefaultOrderer
{
    public int Seed => seed;

    public override IEnumerable<BenchmarkCase> GetExecutionOrder(ImmutableArray<BenchmarkCase> benchmarkCases, IEnumerable<BenchmarkLogicalGroupRule>? order = null)
    {
        BenchmarkCase[] cases = [.. base.GetExecutionOrder(benchmarkCases, order)];
        if (cases.Length < 2)
        {
            return cases;
        }

        // One seed for the run, a different but repeatable order per class.
        var random = new SeededRandom((ulong)seed).Fork(StableHash(cases[0].Descriptor.Type.FullName ?? cases[0].Descriptor.Type.Name));
        for (int i = cases.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (cases[i], cases[j]) = (cases[j], cases[i]);
        }

        return cases;
    }

    /// <summary>
    /// FNV-1a, 64 bits (string.GetHashCode differs from process to process): Fowler, Glenn, Landon
    /// Curt Noll, Kiem-Phong Vo, and Donald Eastlake. "The FNV Non-Cryptographic Hash Algorithm."
    /// IETF Internet-Draft draft-eastlake-fnv. https://datatracker.ietf.org/doc/draft-eastlake-fnv/
    /// </summary>
    private static ulong StableHash(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>The summary's rows in BenchmarkDotNet's own order, not the run's.</summary>
    protected override IEnumerable<BenchmarkCase> GetSummaryOrderForGroup(ImmutableArray<BenchmarkCase> benchmarksCase, Summary summary) =>
        base.GetExecutionOrder(benchmarksCase, benchmarksCase.FirstOrDefault()?.Config.GetLogicalGroupRules());
}
