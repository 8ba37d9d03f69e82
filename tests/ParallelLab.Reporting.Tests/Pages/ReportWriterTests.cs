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
        // The host is the latest run's: the recorded PoolStartup fixture's.
        Assert.Contains("Intel Xeon Processor, 2 cores (2 logical)", markdown, StringComparison.Ordinal);
        Assert.Contains("| Corpus | test corpus |", markdown, StringComparison.Ordinal);
        Assert.Contains("./run-benchmarks.sh", html, StringComparison.Ordinal);
        Assert.Contains("GlobalLock.FreeThreads [Work=WordCount]", markdown, StringComparison.Ordinal);
        Assert.Contains("NativeBlas.Invert [Case=openblas n=500]", markdown, StringComparison.Ordinal);
        Assert.Contains("## Costs against workers", markdown, StringComparison.Ordinal);
        Assert.Contains("### PoolStartup.StartAndStop", markdown, StringComparison.Ordinal);
        // GlobalLock's two paradigms on one workload and NativeBlas's two methods; its Serial is a reference, PoolStartup a cost.
        Assert.Equal(2 + 2, summary.Analyses.Count);
        Assert.Single(summary.Costs);
        Assert.DoesNotContain(summary.Charts, c => c.Contains("-serial", StringComparison.Ordinal));
        Assert.Contains(summary.Charts, c => c == "plots/cost-poolstartup-startandstop.png");
        Assert.All(summary.Charts, chart => Assert.True(File.Exists(Path.Combine(output, chart)), chart));
        Assert.All(summary.Charts, chart => Assert.Contains($"src=\"{chart}\"", html, StringComparison.Ordinal));
        Assert.Contains(summary.Charts, c => c == "plots/lesson-rank-frequency.png");
        Assert.Empty(Directory.GetDirectories(_folder.Path, ".*"));
    }

    [Fact]
    public void A_busy_run_says_so_at_the_top_and_marks_its_cases_and_a_quiet_run_flags_nothing()
    {
        BenchmarkResult[] Run(double othersAtTwoWorkers) =>
        [
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "Serial", 1, [1e8, 1.01e8, 0.99e8]), 0.01, runOrder: 3),
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 1, [1e8, 1.01e8, 0.99e8]), 0.01, runOrder: 2),
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 2, [7.9e7, 8e7, 8.1e7]), othersAtTwoWorkers, runOrder: 1),
        ];

        string Markdown(BenchmarkResult[] results, string name)
        {
            string file = _folder.File(name + "-report-full.json");
            FixtureWriter.Write(file, results);
            return File.ReadAllText(ReportWriter.Write(ResultSet.Load([file]), new ReportOptions(_folder.File(name), ["test"], "corpus")).IndexMarkdown);
        }

        string busy = Markdown(Run(0.95), "busy");
        string quiet = Markdown(Run(0.02), "quiet");

        Assert.Contains("| Machine while measuring | ⚠ BUSY: 1 of 3 cases ran with fewer cores than they could use (others took up to 0.95 cores) |", busy, StringComparison.Ordinal);
        Assert.Contains("**The machine was busy.** 1 of 3 cases", busy, StringComparison.Ordinal);
        Assert.Contains("1 scaling group: 0 judged, 0 too noisy to tell (a 95 % interval that includes no speedup), 1 not judged because the machine was busy.", busy, StringComparison.Ordinal);
        Assert.Contains("`./run-benchmarks.sh '*CpuThreads*' --job default`", busy, StringComparison.Ordinal);
        Assert.Contains("⚠ busy: others took 0.95 of 2 cores", busy, StringComparison.Ordinal);
        Assert.Contains("| Machine while measuring | quiet: no case lost cores to other processes (others took at most 0.02 cores) |", quiet, StringComparison.Ordinal);
        Assert.Contains("The machine was quiet", quiet, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠", quiet, StringComparison.Ordinal);
        Assert.DoesNotContain("--job default", quiet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_that_withheld_cores_makes_a_quiet_guest_busy_and_the_report_says_the_host_did_it()
    {
        // The guest saw no other process (0.01 cores), but the probe's two threads got 1.04 cores' worth.
        BenchmarkResult[] results =
        [
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "Serial", 1, [1e8, 1.01e8, 0.99e8]), 0.01, runOrder: 3, withheldCores: 0.96),
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 1, [1e8, 1.01e8, 0.99e8]), 0.01, runOrder: 2, withheldCores: 0.96),
            Synthetic.WithLoad(Synthetic.Case("CpuThreads", "ParallelFor", 2, [9.5e7, 9.6e7, 9.7e7]), 0.01, runOrder: 1, withheldCores: 0.96),
        ];
        string file = _folder.File("host-report-full.json");
        FixtureWriter.Write(file, results);

        string markdown = File.ReadAllText(ReportWriter.Write(ResultSet.Load([file]), new ReportOptions(_folder.File("host"), ["test"], "corpus")).IndexMarkdown);

        Assert.Contains("| Machine while measuring | ⚠ BUSY: 1 of 3 cases ran with fewer cores than they could use (others took up to 0.01 cores; the host gave 2 threads as little as 1.04 cores' worth of work) |", markdown, StringComparison.Ordinal);
        Assert.Contains("For 1 of them the host itself gave the machine less: threads spinning on all 2 cores, probed before and after each case, got as little as 1.04 cores' worth of work.", markdown, StringComparison.Ordinal);
        Assert.Contains("⚠ busy: the host gave 2 threads 1.04 cores' worth of work", markdown, StringComparison.Ordinal);
        Assert.Contains("1 not judged because the machine was busy", markdown, StringComparison.Ordinal);
        Assert.Contains("a host that withholds cores needs another machine or a later hour", markdown, StringComparison.Ordinal);

        // Within the tolerance the machine is quiet, and the line still says what the host kept.
        BenchmarkResult[] nearlyAll = [.. results.Select(r => Synthetic.WithLoad(r, 0.01, runOrder: r.RunOrder, withheldCores: 0.1))];
        string quietFile = _folder.File("host-quiet-report-full.json");
        FixtureWriter.Write(quietFile, nearlyAll);
        string quiet = File.ReadAllText(ReportWriter.Write(ResultSet.Load([quietFile]), new ReportOptions(_folder.File("host-quiet"), ["test"], "corpus")).IndexMarkdown);
        Assert.Contains("| Machine while measuring | quiet: no case lost cores to other processes (others took at most 0.01 cores; the host withheld at most 0.10) |", quiet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cost_class_with_two_methods_shows_their_times_side_by_side()
    {
        // PoolStartup of 2026-12-02's main job, rounded: the pool beside the same programs started bare.
        static BenchmarkResult Cost(string method, int workers, double milliseconds, double otherCores) => Synthetic.WithLoad(
            Synthetic.Case("PoolStartup", method, workers, [milliseconds * 1e6, milliseconds * 1e6, milliseconds * 1e6]) with
            {
                Parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["Workers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            },
            otherCores,
            cost: true);
        BenchmarkResult[] results =
        [
            Cost("StartAndStop", 1, 11.8, 0.01),
            Cost("StartAndStop", 4, 35.6, 0.01),
            Cost("BareWorkers", 1, 10.2, 0.01),
            Cost("BareWorkers", 4, 31.2, 1.5),
        ];
        string file = _folder.File("costs-report-full.json");
        FixtureWriter.Write(file, results);

        string markdown = File.ReadAllText(ReportWriter.Write(ResultSet.Load([file]), new ReportOptions(_folder.File("costs"), ["test"], "corpus")).IndexMarkdown);

        string[] table = [.. markdown.Split('\n').SkipWhile(l => !l.StartsWith("### PoolStartup: method by method", StringComparison.Ordinal)).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))];
        Assert.Equal(
            ["| Workers | BareWorkers | StartAndStop |", "|---|---|---|", "| 1 | 10.2 ms | 11.8 ms |", "| 4 | 31.2 ms (busy) | 35.6 ms |"],
            table);
        Assert.True(
            markdown.IndexOf("### PoolStartup: method by method", StringComparison.Ordinal) < markdown.IndexOf("### PoolStartup.BareWorkers", StringComparison.Ordinal),
            "the side-by-side table comes before the methods' own tables");
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
