using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Tests.Threads;

/// <summary>Every strategy, at every worker count (1, a few, more than items), equals serial exactly.</summary>
public class ThreadStrategyTests
{
    private static readonly Lazy<AcfWorkload> Acf = new(() => AcfWorkload.TopWords(SmallCorpus.LargestBook, ReferenceAcfKernel.Instance));
    private static readonly Lazy<double[]> SerialAcf = new(() => Acf.Value.Serial());
    private static readonly Lazy<WordTable> SerialCounts = new(() => SmallCorpus.WordCount.Serial());

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (ThreadStrategy strategy in ThreadStrategies.All)
        {
            foreach (int workers in new[] { 1, 2, 3, 4, 8, 150 })
            {
                cases.Add(strategy.Name, workers);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Acf_over_words_equals_serial(string strategy, int workers) =>
        Assert.Equal(SerialAcf.Value, ThreadedAcf.OverWords(Acf.Value, ThreadStrategies.ByName(strategy), workers));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Acf_over_lags_equals_serial(string strategy, int workers) =>
        Assert.Equal(SerialAcf.Value, ThreadedAcf.OverLags(Acf.Value, ThreadStrategies.ByName(strategy), workers));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Word_count_merged_from_partial_tables_equals_serial(string strategy, int workers)
    {
        WordCountRun run = ThreadedWordCount.Run(SmallCorpus.WordCount, ThreadStrategies.ByName(strategy), workers);

        Assert.Equal(SerialCounts.Value, run.Table);
        Assert.InRange(run.PartialTables, 1, SmallCorpus.Books.Count);
    }

    [Fact]
    public void The_fast_kernel_split_over_lags_equals_serial_too()
    {
        var workload = AcfWorkload.TopWords(SmallCorpus.LargestBook, FastAcfKernel.Instance);

        Assert.Equal(workload.Serial(), ThreadedAcf.OverLags(workload, ThreadStrategies.ParallelFor, 3));
    }

    [Fact]
    public void Serial_corpus_table_equals_counting_the_concatenated_text()
    {
        // The merge keeps first-occurrence order across books, as one long text would.
        string concatenated = string.Join("\n", SmallCorpus.Books.Select(b => new System.Text.UTF8Encoding(false).GetString(b)));
        WordCountEntry[] whole = WordCountTable.FromBook(Core.Text.Tokenizer.Tokenize(concatenated, "all"));

        Assert.Equal(whole, SerialCounts.Value);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_failing_item_surfaces_as_its_own_exception(string strategy, int workers)
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            ThreadStrategies.ByName(strategy).Map(10, workers, i => i == 7 ? throw new InvalidOperationException("item 7") : i));

        Assert.Equal("item 7", e.Message);
    }

    [Fact]
    public void Unknown_strategy_names_the_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => ThreadStrategies.ByName("fibers"));

        Assert.Contains("parallel-for, parallel-foreach, plinq, tasks, threads", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_foreach_leaves_every_later_item_to_the_idle_worker()
    {
        // Item 1 finishes only once all the others have: a strategy that had handed some of them
        // to item 1's worker in advance (Parallel.For claims items 1 and 2 together, once its
        // worker has done item 0) would wait out the timeout instead.
        const int Items = 12;
        int othersDone = 0;
        using var othersFinished = new ManualResetEventSlim();
        bool blockedItemSawOthersFinish = false;

        ThreadStrategies.ParallelForEach.Run<object?>(Items, workers: 2, static () => null, (item, _) =>
        {
            if (item == 1)
            {
                blockedItemSawOthersFinish = othersFinished.Wait(TimeSpan.FromSeconds(20));
            }
            else if (Interlocked.Increment(ref othersDone) == Items - 1)
            {
                othersFinished.Set();
            }
        });

        Assert.True(blockedItemSawOthersFinish, "the blocked item's worker had been given later items in advance");
    }
}
