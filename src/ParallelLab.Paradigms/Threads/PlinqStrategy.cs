namespace ParallelLab.Paradigms.Threads;

/// <summary>
/// PLINQ with <see cref="ParallelEnumerable.WithDegreeOfParallelism{TSource}(ParallelQuery{TSource}, int)"/>:
/// the items are partitioned into chunks that grow as the query runs, and each partition folds
/// its items into its own accumulator (the seed-factory <c>Aggregate</c>). Natural when the work
/// already reads as a query (select, then aggregate); otherwise Parallel.For says the same more
/// plainly.
/// </summary>
public sealed class PlinqStrategy : ThreadStrategy
{
    public override string Name => "plinq";

    protected override IReadOnlyList<TLocal> RunItems<TLocal>(int itemCount, int workers, Func<TLocal> createLocal, Action<int, TLocal> body) =>
        ParallelEnumerable.Range(0, itemCount)
            .WithDegreeOfParallelism(workers)
            .WithExecutionMode(ParallelExecutionMode.ForceParallelism)
            .Aggregate(
                seedFactory: () => new List<TLocal> { createLocal() },
                updateAccumulatorFunc: (locals, item) =>
                {
                    body(item, locals[0]);
                    return locals;
                },
                combineAccumulatorsFunc: (left, right) =>
                {
                    left.AddRange(right);
                    return left;
                },
                resultSelector: locals => (IReadOnlyList<TLocal>)locals);
}
