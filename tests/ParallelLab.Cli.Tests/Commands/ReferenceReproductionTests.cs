using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Commands;

/// <summary>The drop-in promise: the CLI's files equal the Python reference's, byte for byte.</summary>
public sealed class ReferenceReproductionTests : IDisposable
{
    private readonly TemporaryDirectory _output = new();

    public static TheoryData<string> Books => SharedData.BookData();

    public void Dispose() => _output.Dispose();

    [SharedDataTheory]
    [MemberData(nameof(Books))]
    public void Wordcount_then_acf_reproduce_the_reference_files(string book)
    {
        string dat = _output.File(book + ".dat");
        string csv = _output.File(book + ".csv");

        CliRun count = CliRun.Of("wordcount", SharedData.BookPath(book), dat);
        CliRun acf = CliRun.Of("acf", SharedData.BookPath(book), dat, csv);

        Assert.Equal((0, ""), (count.ExitCode, count.Error));
        Assert.Equal((0, ""), (acf.ExitCode, acf.Error));
        Assert.StartsWith("serial time: ", acf.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(SharedData.ReferenceDatPath(book)), File.ReadAllBytes(dat));
        Assert.Equal(File.ReadAllBytes(SharedData.ReferenceAcfPath(book)), File.ReadAllBytes(csv));
    }

    [SharedDataFact]
    public void Zipf_over_the_books_in_sorted_order_reproduces_results_csv()
    {
        var dats = new List<string>();
        foreach (string book in SharedData.Books)
        {
            string dat = _output.File(book + ".dat");
            Assert.Equal(0, CliRun.Of("wordcount", SharedData.BookPath(book), dat).ExitCode);
            dats.Add(dat);
        }

        CliRun zipf = CliRun.Of(["zipf", "10", .. dats.Order(StringComparer.Ordinal)]);

        Assert.Equal(0, zipf.ExitCode);
        Assert.Equal(File.ReadAllText(SharedData.ReferenceZipfPath), zipf.Output);
    }

    [SharedDataFact]
    public void Zipf_can_write_its_table_to_a_file()
    {
        string table = _output.File("results.csv");

        CliRun zipf = CliRun.Of("zipf", "3", SharedData.ReferenceDatPath("pg45"), "--output", table);

        Assert.Equal((0, ""), (zipf.ExitCode, zipf.Output));
        Assert.StartsWith("Book,word1,word2,word3\npg45,", File.ReadAllText(table), StringComparison.Ordinal);
    }
}
