using System.Globalization;
using ParallelLab.Core.Corpus;
using ParallelLab.Core.IO;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Pages;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Cli.Commands;

/// <summary><c>parallellab report RESULTS... [--output DIR]</c>: BenchmarkDotNet's full JSON in; tables, fits and charts out.</summary>
internal static class ReportCommand
{
    public static Command Create(CommandContext context)
    {
        var results = new Argument<string[]>("RESULTS") { Description = "*-report-full.json files, or folders holding them (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "The report's folder (default: reports/<date-time> under the current folder); replaced as a whole." };
        var corpusOption = CorpusOption.Create();
        var lessonPlots = new Option<bool>("--lesson-plots") { Description = "Add the lesson's pictures (top words, Zipf, ACF of the corpus's largest book); the default only for the lab's own benchmarks." };
        var noLesson = new Option<bool>("--no-lesson-plots") { Description = "Leave out the lesson's pictures, also for the lab's own benchmarks." };
        var made = new Option<string[]>("--made-by") { Description = "The command that produced the results, for the report's header (repeatable).", DefaultValueFactory = _ => [] };
        var conventions = new ConventionOptions();
        var command = new Command("report", "Turn BenchmarkDotNet results (the lab's or anyone's) into speedup and efficiency tables, fitted scaling laws and charts (index.md, index.html, PNG and SVG).")
        {
            results, output, corpusOption, lessonPlots, noLesson, made,
        };
        conventions.AddTo(command);
        command.Validators.Add(r => { if (r.GetValue(lessonPlots) && r.GetValue(noLesson)) r.AddError("--lesson-plots and --no-lesson-plots cannot be given together"); });
        command.SetAction(parse => context.Guard(() =>
        {
            ScalingConventions named = conventions.Read(parse);
            ResultSet set = ResultSet.Load(parse.GetValue(results)!, poolRuns: false, named);
            ConventionOptions.Check(named, set.Results);

            string folder = parse.GetValue(output) ?? Path.Combine("reports", DateTime.Now.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture));
            bool labsOwn = set.IsLabsOwn;
            string corpusText = labsOwn ? "not recorded (--no-lesson-plots)" : "none (not the lab's benchmarks)";
            LessonData? lesson = null;
            if (parse.GetValue(lessonPlots) || (labsOwn && !parse.GetValue(noLesson)))
            {
                BookCorpus corpus = CorpusLocator.Resolve(parse.GetValue(corpusOption));
                lesson = LessonData.FromCorpus(corpus);
                corpusText = string.Create(CultureInfo.InvariantCulture, $"{corpus.Directory} ({corpus.Books.Count} books, {corpus.TotalBytes / 1e6:F1} MB)");
            }

            string invocation = string.Join(' ', parse.Tokens.Where(t => t.Type != System.CommandLine.Parsing.TokenType.Command).Select(t => t.Value));
            string[] madeBy = [.. parse.GetValue(made)!, "parallellab report " + invocation];
            ReportSummary summary;
            try
            {
                summary = ReportWriter.Write(set, new ReportOptions(folder, madeBy, corpusText), lesson, new ErrorLines<string>(context.Error, chart => $"wrote {chart}"));
            }
            catch (Exception e) when (e is DllNotFoundException or TypeInitializationException)
            {
                throw new InputException($"cannot draw charts: SkiaSharp's native library did not load ({e.Message})");
            }

            if (AxisDiagnosis.WhyNoScaling(set.Results) is { } why)
            {
                context.Error.WriteLine($"note: {why}");
            }

            int judged = summary.Analyses.Count(a => a.Judged);
            string costs = summary.Costs.Count == 0 ? string.Empty : $", {summary.Costs.Count} cost{(summary.Costs.Count == 1 ? "" : "s")}";
            context.Output.WriteLine($"{summary.Analyses.Count} scaling groups ({judged} judged){costs}, {summary.Charts.Count} chart{(summary.Charts.Count == 1 ? "" : "s")} from {set.Results.Count} cases");
            context.Output.WriteLine($"machine while measuring: {summary.Quality.MachineText}");
            context.Output.WriteLine(summary.IndexHtml);
        }));
        return command;
    }
}
