using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.GlobalLock;
using ParallelLab.Paradigms.Http;

namespace ParallelLab.Paradigms.Tests.Http;

/// <summary>Every client, over real HTTP on loopback, gets exactly the files' bytes and counts.</summary>
public class IoClientTests(BookServerFixture fixture) : IClassFixture<BookServerFixture>
{
    public static TheoryData<string, int> Clients()
    {
        var cases = new TheoryData<string, int>();
        foreach (string client in new[] { "sequential", "blocking", "async", "gil" })
        {
            foreach (int workers in new[] { 1, 3, 16 })
            {
                cases.Add(client, workers);
            }
        }

        return cases;
    }

    internal static FetchedBook[] Fetch(string client, FetchAndCount job, IReadOnlyList<string> books, int workers) => client switch
    {
        "sequential" => IoClients.Sequential(job, books),
        "blocking" => IoClients.BlockingThreads(job, books, workers),
        "async" => IoClients.AsyncBounded(job, books, workers).GetAwaiter().GetResult(),
        "gil" => IoClients.UnderGlobalLock(job, books, workers, new GlobalInterpreterLock()),
        _ => throw new ArgumentException(client, nameof(client)),
    };

    [Theory]
    [MemberData(nameof(Clients))]
    public void Fetched_bytes_and_counts_equal_reading_the_files(string client, int workers)
    {
        using var http = new BookClient(fixture.Server.BaseAddress);
        var job = new FetchAndCount(http);

        FetchedBook[] fetched = Fetch(client, job, SmallCorpus.Names, workers);

        Assert.Equal(SmallCorpus.Names, fetched.Select(f => f.Name));
        for (int i = 0; i < fetched.Length; i++)
        {
            Assert.Equal(SmallCorpus.Books[i], fetched[i].Bytes);
            Assert.Equal(BookWordCounter.Count(SmallCorpus.Books[i], SmallCorpus.Names[i]), fetched[i].Counts);
        }

        Assert.Equal(SmallCorpus.Names.Count, job.Counted);
    }
}
