using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Http;
using ParallelLab.Paradigms.Tests.Http;

namespace ParallelLab.Paradigms.Tests.Engines;

/// <summary>The catalogue's I/O-bound clients against a real server on loopback.</summary>
public class FetchEnginesTests(BookServerFixture fixture) : IClassFixture<BookServerFixture>
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Every_client_fetches_and_counts_what_the_sequential_baseline_does(int workers)
    {
        using var client = new BookClient(fixture.Server.BaseAddress);
        var work = new FetchWork(new FetchAndCount(client), [.. SmallCorpus.Names.Order(StringComparer.Ordinal)]);
        EngineFamily<FetchWork, FetchedBook[]> family = EngineCatalogue.Fetch;
        FetchedBook[] sequential = family.Serial(work);

        Assert.Equal("sequential", family.Baseline);
        Assert.Equal([EngineCatalogue.Blocking, EngineCatalogue.Async, EngineCatalogue.Gil], family.Names);
        family.CheckEngines(work, sequential, workers, family.Engines);
        Assert.Equal(work.Books, sequential.Select(b => b.Name));
    }

    [Fact]
    public void Books_in_another_order_are_not_the_same_result()
    {
        using var client = new BookClient(fixture.Server.BaseAddress);
        string[] names = [.. SmallCorpus.Names.Order(StringComparer.Ordinal)];
        FetchedBook[] forwards = EngineCatalogue.Fetch.Serial(new FetchWork(new FetchAndCount(client), names));
        FetchedBook[] backwards = EngineCatalogue.Fetch.Serial(new FetchWork(new FetchAndCount(client), [.. names.Reverse()]));

        Assert.Throws<ParadigmException>(() => EngineCatalogue.Fetch.Check(forwards, backwards, "backwards", 1));
    }
}
