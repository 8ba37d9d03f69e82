using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Processes;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Tests.Engines;

/// <summary>Every engine of the catalogue computes exactly the serial result, on real work.</summary>
public class EngineCatalogueTests
{
    private static AcfWorkload Acf => AcfWorkload.TopWords(SmallCorpus.LargestBook, FastAcfKernel.Instance);

    [Theory]
    [InlineData(AcfSplit.Words, 1)]
    [InlineData(AcfSplit.Words, 3)]
    [InlineData(AcfSplit.Lags, 1)]
    [InlineData(AcfSplit.Lags, 3)]
    public void Every_acf_engine_and_the_merge_step_give_the_serial_result(AcfSplit split, int workers)
    {
        AcfWorkload acf = Acf;
        EngineFamily<AcfWorkload, double[]> family = EngineCatalogue.Acf(split);
        double[] serial = family.Serial(acf);

        Assert.All(family.Engines, engine => Assert.Equal(serial, engine.Run(acf, workers)));
        Assert.Equal(serial, family.PrepareMerge(acf, serial, workers)());
    }

    [Fact]
    public void Python_threads_with_and_without_the_lock_split_the_acf_by_word_only()
    {
        Assert.Contains(EngineCatalogue.Gil, EngineCatalogue.Acf(AcfSplit.Words).Names);
        Assert.Contains(EngineCatalogue.NoGil, EngineCatalogue.Acf(AcfSplit.Words).Names);
        Assert.DoesNotContain(EngineCatalogue.Gil, EngineCatalogue.Acf(AcfSplit.Lags).Names);
        Assert.Equal(ThreadStrategies.All.Select(s => s.Name), EngineCatalogue.Acf(AcfSplit.Lags).Names);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Every_word_count_engine_gives_the_serial_table_and_the_thread_strategies_time_count_and_merge(int workers)
    {
        WordCountWorkload words = SmallCorpus.WordCount;
        EngineFamily<WordCountWorkload, WordTable> family = EngineCatalogue.WordCount();
        WordTable serial = family.Serial(words);

        foreach (Engine<WordCountWorkload, WordTable> engine in family.Engines)
        {
            EngineOutput<WordTable> output = engine.RunWithPhases(words, workers);
            Assert.Equal(serial, output.Result);
            Assert.Equal(ThreadStrategies.All.Any(s => s.Name == engine.Name) ? ["count", "merge"] : [], output.Phases.Select(p => p.Name));
        }

        Assert.Equal(serial, family.PrepareMerge(words, serial, workers)());
    }

    [Fact]
    public void Every_mpi_engine_is_a_way_of_combining_and_a_kind_of_message()
    {
        AcfWorkload acf = Acf;
        double[] serial = acf.Serial();

        Assert.Equal(["p2p/objects", "p2p/buffers", "gather/objects", "gather/buffers", "reduce/objects", "reduce/buffers"], EngineCatalogue.Mpi.Names);
        Assert.All(EngineCatalogue.Mpi.Engines, engine => Assert.Equal(serial, engine.Run(acf, 3)));
        Assert.Same(EngineCatalogue.Mpi["gather/buffers"], EngineCatalogue.Mpi[EngineCatalogue.MpiName(AcfCombine.Gather, MessageKind.Buffers)]);
    }

    [Fact]
    public void Pool_engines_run_on_the_pool_of_the_requested_size()
    {
        using var pool = ProcessPool.Start(2);
        var asked = new List<int>();
        EngineFamily<AcfWorkload, double[]> family = EngineCatalogue.PoolAcf(n => { asked.Add(n); return pool; }, AcfSplit.Lags, chunkSize: 2);
        AcfWorkload acf = Acf;

        Assert.Equal(["pool/once", "pool/per-item"], family.Names);
        Assert.All(family.Engines, engine => Assert.Equal(acf.Serial(), engine.Run(acf, 2)));
        Assert.Equal([2, 2], asked);
    }

    [Fact]
    public void The_pool_word_count_runs_on_the_pool_of_the_requested_size()
    {
        using var pool = ProcessPool.Start(2);
        EngineFamily<WordCountWorkload, WordTable> family = EngineCatalogue.PoolWordCount(n => n == 2 ? pool : throw new ArgumentOutOfRangeException(nameof(n)), chunkSize: 3);

        Assert.Equal(["pool"], family.Names);
        Assert.Equal(SmallCorpus.WordCount.Serial(), family["pool"].Run(SmallCorpus.WordCount, 2));
    }

    [Fact]
    public void An_unknown_engine_is_named_with_the_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => EngineCatalogue.WordCount()["fibers"]);

        Assert.StartsWith("unknown engine 'fibers' (known: parallel-for, parallel-foreach, plinq, tasks, threads, nogil, gil)", e.Message, StringComparison.Ordinal);
    }
}
