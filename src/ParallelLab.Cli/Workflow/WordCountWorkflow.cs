using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Corpus;
using ParallelLab.Core.IO;
using ParallelLab.Core.WordCount;
using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Cli.Workflow;

/// <summary>
/// The lesson's Snakefile as rules, each step runnable as a <c>parallellab</c> process or as the
/// same kernel in-process:
/// <list type="bullet">
/// <item><c>count_words</c>: <c>{corpus}/{book}.txt</c> → <c>processed_data/{book}.dat</c>;</item>
/// <item><c>zipf_test</c>: every .dat, in corpus order → <c>results.csv</c> (top 10 words);</item>
/// <item><c>acf</c> (the lesson's extension): book and .dat → <c>acf/{book}.csv</c>;</item>
/// <item><c>all</c>: results.csv and every book's ACF.</item>
/// </list>
/// workflow/Snakefile in the repository states the same rules for Snakemake.
/// </summary>
public static class WordCountWorkflow
{
    public const string ResultsTarget = "results.csv";
    public const string AllTarget = "all";
    public const int ZipfTopWords = 10;

    public static IReadOnlyList<Rule> Rules(BookCorpus corpus, AcfKernel acfKernel, string? cliPath = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(acfKernel);
        string[] books = [.. corpus.Books.Select(b => b.Name)];
        var cli = new Lazy<CliProgram>(() => CliProgram.Locate(cliPath));
        IReadOnlyList<string> program = Program(cliPath);
        string Book(Wildcards w) => Path.Combine(corpus.Directory, w["book"] + ".txt");
        static string Dat(string book) => $"processed_data/{book}.dat";

        var all = new Rule
        {
            Name = AllTarget,
            Inputs = _ => [ResultsTarget, .. books.Select(b => $"acf/{b}.csv")],
        };
        var countWords = new Rule
        {
            Name = "count_words",
            Outputs = [new FilePattern("processed_data/{book}.dat")],
            Inputs = w => [Book(w)],
            Log = new FilePattern("logs/count_words/{book}.log"),
            Command = job => cli.Value.Command("wordcount", job.Inputs[0], job.Display(job.Outputs[0])),
            Kernel = (job, _) => WordCountFiles.Write(job.Inputs[0], job.Outputs[0]),
            Program = program,
        };
        var zipfTest = new Rule
        {
            Name = "zipf_test",
            Outputs = [new FilePattern(ResultsTarget)],
            Inputs = _ => [.. books.Select(Dat)],
            Log = new FilePattern("logs/zipf_test.log"),
            Command = job => cli.Value.Command(["zipf", $"{ZipfTopWords}", .. job.Inputs.Select(job.Display), "--output", job.Display(job.Outputs[0])]),
            Kernel = (job, _) => AtomicFile.WriteAllText(job.Outputs[0], ZipfTable.Render(ZipfTopWords, job.Inputs, job.Threads)),

            // Reading 61 whole .dat files is the workflow's one serial step: it may use every slot of -j.
            Threads = Rule.AllCores,
            Program = program,
        };
        var acf = new Rule
        {
            Name = "acf",
            Outputs = [new FilePattern("acf/{book}.csv")],
            Inputs = w => [Book(w), Dat(w["book"])],
            Log = new FilePattern("logs/acf/{book}.log"),
            Command = job => cli.Value.Command("acf", job.Inputs[0], job.Display(job.Inputs[1]), job.Display(job.Outputs[0]), "--kernel", acfKernel.Name),
            Kernel = (job, log) => log.WriteLine(AcfFiles.TimingLine(AcfFiles.Write(job.Inputs[0], job.Inputs[1], job.Outputs[0], acfKernel))),
            Program = program,
        };
        return [all, countWords, zipfTest, acf];
    }

    /// <summary>The files whose change makes every output stale: the kernels, the job runner, and the CLI (whose rules these are) when present.</summary>
    private static IReadOnlyList<string> Program(string? cliPath) =>
        [typeof(WordCountFiles).Assembly.Location, typeof(WorkflowRunner).Assembly.Location, CliProgram.ExpectedPath(cliPath)];
}
