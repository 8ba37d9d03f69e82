using ParallelLab.Reporting.Pages;
using ParallelLab.Reporting.Results;
using ParallelLab.TestSupport;

namespace ParallelLab.Reporting.Tests.Pages;

public sealed class ReportWriterTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_report_has_both_pages_every_chart_they_name_and_the_machine()
    {
        ResultSet results = ResultSet.Load([Path.Combine(AppContext.BaseDirectory, "Fixtures")]);
        var lesson = new LessonData("book", [.. Enumerable.Range(1, 50).Select(r => new Core.WordCount.WordCountEntry($"w{r}", 500 / r, 0))], [1, 0.2, 0.1], 16);
        string output = _folder.File("run");

        ReportSummary summary = ReportWriter.Write(results, new ReportOptions(output, ["./run-benchmarks.sh"], "test corpus"), lesson);

        string markdown = File.ReadAllText(summary.IndexMarkdown);
        string html = File.ReadAllText(summary.IndexHtml);
        Assert.Contains("AMD EPYC, 2 cores (2 logical)", markdown, StringComparison.Ordinal);
        Assert.Contains("| Corpus | test corpus |", markdown, StringComparison.Ordinal);
        Assert.Contains("./run-benchmarks.sh", html, StringComparison.Ordinal);
        Assert.Contains("GlobalLock.FreeThreads [Work=WordCount]", markdown, StringComparison.Ordinal);
        Assert.Contains("NativeBlas.Invert [Case=openblas n=500]", markdown, StringComparison.Ordinal);
        Assert.Contains("PoolStartup.StartAndStop", markdown, StringComparison.Ordinal);
        Assert.Equal(3 + 2 + 1, summary.Analyses.Count);
        Assert.All(summary.Charts, chart => Assert.True(File.Exists(Path.Combine(output, chart)), chart));
        Assert.All(summary.Charts, chart => Assert.Contains($"src=\"{chart}\"", html, StringComparison.Ordinal));
        Assert.Contains(summary.Charts, c => c == "plots/lesson-rank-frequency.png");
        Assert.Empty(Directory.GetDirectories(_folder.Path, ".*"));
    }

    [Fact]
    public void A_new_report_replaces_the_old_one_whole()
    {
        ResultSet results = ResultSet.Load([Path.Combine(AppContext.BaseDirectory, "Fixtures", "PoolStartup-report-full.json")]);
        string output = _folder.File("run");
        ReportWriter.Write(results, new ReportOptions(output, ["test"], "corpus"));
        File.WriteAllText(Path.Combine(output, "stale.txt"), "old");

        ReportWriter.Write(results, new ReportOptions(output, ["test"], "corpus"));

        Assert.False(File.Exists(Path.Combine(output, "stale.txt")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.Single(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void A_folder_that_is_not_an_earlier_report_is_never_replaced()
    {
        ResultSet results = ResultSet.Load([Path.Combine(AppContext.BaseDirectory, "Fixtures", "PoolStartup-report-full.json")]);
        string precious = _folder.File("precious");
        Directory.CreateDirectory(precious);
        File.WriteAllText(Path.Combine(precious, "thesis.tex"), "years of work");

        var error = Assert.Throws<Core.IO.InputException>(() => ReportWriter.Write(results, new ReportOptions(precious + "/", ["test"], "corpus")));

        Assert.Contains("is not empty and is not an earlier report", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(precious, "thesis.tex")));
        Assert.Throws<Core.IO.InputException>(() => ReportWriter.Write(results, new ReportOptions(AppContext.BaseDirectory, ["test"], "corpus")));
    }

    [Fact]
    public void A_trailing_slash_names_the_same_folder()
    {
        ResultSet results = ResultSet.Load([Path.Combine(AppContext.BaseDirectory, "Fixtures", "PoolStartup-report-full.json")]);

        ReportSummary summary = ReportWriter.Write(results, new ReportOptions(_folder.File("run") + "/", ["test"], "corpus"));

        Assert.Equal(_folder.File(Path.Combine("run", "index.html")), summary.IndexHtml);
        Assert.True(File.Exists(summary.IndexHtml));
    }

    [Theory]
    [InlineData("CpuThreads.ParallelFor [Work=AcfOverWords]", "cputhreads-parallelfor-work-acfoverwords")]
    [InlineData("NativeBlas.Invert [Case=openblas n=500]", "nativeblas-invert-case-openblas-n-500")]
    public void Chart_file_names_are_slugs(string name, string slug)
    {
        Assert.Equal(slug, ReportWriter.Slug(name));
    }
}
