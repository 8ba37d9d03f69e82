using System.Globalization;
using ParallelLab.Core.IO;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.History;
using ParallelLab.Reporting.Pages;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab history add|report|check</c>: results kept across commits in an SQLite file, the
/// change points of every case and scaling group, and a check for CI that exits 3 when the newest
/// commits began a slower segment (as <c>compare</c> exits 3 on a regression).
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CommandContext context) => CommandGroup.Of("history", "Keep results across commits (SQLite) and find where each case and scaling group changed.",
        Add(context), Report(context), Check(context));

    private static Option<string> Database() => new("--db") { Description = "The history database.", DefaultValueFactory = _ => HistoryStore.DefaultPath };

    private static Command Add(CommandContext context)
    {
        var results = new Argument<string[]>("RESULTS") { Description = "*-report-full.json files, or folders holding them; each file is one run, and every run is kept.", Arity = ArgumentArity.OneOrMore };
        var commit = new Option<string>("--commit") { Description = "The commit the results measured (a hash or anything git resolves, e.g. HEAD).", Required = true };
        var date = new Option<string?>("--date") { Description = "The commit's date (ISO 8601) when git cannot tell it (the commit is not in the current folder's repository)." };
        var branch = new Option<string?>("--branch") { Description = "The branch the commit was measured on." };
        var machine = new Option<string>("--machine") { Description = "The machine's name: a history compares a case only with itself on one machine.", DefaultValueFactory = _ => Environment.MachineName };
        var db = Database();
        var command = new Command("add", "Store every case's raw iterations with the commit, its date, the machine and the case's parameters; adding the same results again changes nothing.")
        {
            results, commit, date, branch, machine, db,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            ResultSet set = ResultSet.Load(parse.GetValue(results)!);
            string path = parse.GetValue(db)!;
            if (set.Files.Any(f => Path.GetFullPath(f) == Path.GetFullPath(path)))
            {
                throw new InputException($"--db '{path}' is one of the results read; give the history a file of its own");
            }

            string name = parse.GetValue(machine)!;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new InputException("--machine is empty; name the machine (default: the host name)");
            }

            HistoryCommit resolved = GitCommits.Resolve(parse.GetValue(commit)!, parse.GetValue(date), parse.GetValue(branch));
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using HistoryStore store = HistoryStore.OpenForWriting(path);
            // One run per file: two runs of a case at one commit (an interleaved job's) are both kept.
            HistoryAddition addition = store.Add([.. set.Files.Select(file => ResultSet.Load([file]))], resolved, name);
            context.Output.WriteLine($"{addition.Added} cases added, {addition.AlreadyStored} already stored, for commit {resolved.Abbreviated} ({resolved.Date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}) on {addition.Machine}");
            context.Output.WriteLine(Path.GetFullPath(path));
        }));
        return command;
    }

    private static Command Report(CommandContext context)
    {
        var output = new Option<string>("--output", "-o") { Description = "The report's folder; replaced as a whole.", DefaultValueFactory = _ => Path.Combine("reports", "history") };
        var db = Database();
        var conventions = new ConventionOptions();
        var command = new Command("report", "Every case's time and every scaling group's efficiency across commits, with the change points marked, and an index of the changes, newest first.")
        {
            output, db,
        };
        conventions.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            (IReadOnlyList<HistorySeries> series, IReadOnlyList<HistoryCommit> commits) = Analyse(parse.GetValue(db)!, conventions.Read(parse));
            string index;
            try
            {
                index = HistoryReportWriter.Write(series, commits, parse.GetValue(output)!, parse.GetValue(db)!, new ErrorLines<string>(context.Error, chart => $"wrote {chart}"));
            }
            catch (Exception e) when (e is DllNotFoundException or TypeInitializationException)
            {
                throw new InputException($"cannot draw charts: SkiaSharp's native library did not load ({e.Message})");
            }

            int changes = series.Sum(s => s.Changes.Count);
            context.Output.WriteLine($"{commits.Count} commits, {series.Count} series, {changes} change point{(changes == 1 ? "" : "s")}");
            context.Output.WriteLine(index);
        }));
        return command;
    }

    private static Command Check(CommandContext context)
    {
        var recent = new Option<int>("--recent") { Description = "Flag a slower segment only when it began at one of this many newest commits.", DefaultValueFactory = _ => 10 };
        recent.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--recent must be 1 or more"); });
        var db = Database();
        var conventions = new ConventionOptions();
        var command = new Command("check", "Exit 3 when the newest commits began a slower segment of a case (or a less efficient one of a scaling group), naming the cases and the first slow commit.")
        {
            recent, db,
        };
        conventions.AddTo(command);
        command.SetAction(parse =>
        {
            int exit = CliApp.Success;
            int guard = context.Guard(() =>
            {
                (IReadOnlyList<HistorySeries> series, IReadOnlyList<HistoryCommit> commits) = Analyse(parse.GetValue(db)!, conventions.Read(parse));
                (HistorySeries Series, ChangePoint Change)[] regressions = [.. series
                    .Select(s => (s, c: s.RecentRegression(parse.GetValue(recent))))
                    .Where(x => x.c is not null)
                    .Select(x => (x.s, x.c!))];
                foreach ((HistorySeries s, ChangePoint c) in regressions.OrderBy(x => x.Series.Name, StringComparer.Ordinal))
                {
                    (HistoryCommit before, HistoryCommit after) = s.Range(c);
                    context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"regression: {s.Name} ({s.Measure}, {s.Machine.Name}) {c.Ratio:0.000}× from commit {s.Commits[c.Index].Abbreviated} (between {before.Abbreviated} and {after.Abbreviated}), p = {c.PValue:G2}"));
                }

                context.Output.WriteLine(regressions.Length == 0
                    ? $"no regression: no series began a worse segment in the newest {parse.GetValue(recent)} commits ({commits.Count} commits, {series.Count} series)"
                    : $"{regressions.Length} regression{(regressions.Length == 1 ? "" : "s")}");
                exit = regressions.Length == 0 ? CliApp.Success : CompareCommand.RegressionFound;
            });
            return guard != CliApp.Success ? guard : exit;
        });
        return command;
    }

    private static (IReadOnlyList<HistorySeries> Series, IReadOnlyList<HistoryCommit> Commits) Analyse(string path, ScalingConventions conventions)
    {
        using HistoryStore store = HistoryStore.OpenForReading(path);
        IReadOnlyList<CaseHistory> cases = store.Cases(conventions);
        ConventionOptions.Check(conventions, [.. cases.Select(c => c.Latest)]);
        return (HistoryAnalysis.Of(cases, ChangePointOptions.Default), store.Commits());
    }
}
