using ParallelLab.Core.IO;
using ParallelLab.Core.WordCount;

namespace ParallelLab.Cli.Commands;

/// <summary><c>parallellab zipf N DAT...</c>, the drop-in for <c>python zipf_test.py N DAT...</c>.</summary>
internal static class ZipfCommand
{
    public static Command Create(CommandContext context)
    {
        var topWords = new Argument<int>("N") { Description = "How many of each book's most frequent words to list." }.InRange(0, int.MaxValue);
        var dats = new Argument<string[]>("DAT") { Description = ".dat files written by 'wordcount'; one row each, in this order.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write the CSV to this file (atomically) instead of standard output." };

        var command = new Command("zipf", "Print the counts of each book's top N words as CSV, as zipf_test.py does.") { topWords, dats, output };
        command.SetAction(parse => context.Guard(() =>
        {
            string? path = parse.GetValue(output);
            if (path is not null)
            {
                OutputPaths.CheckCanWrite(path);
                OutputPaths.RefuseInputs(path, parse.GetValue(dats)!);
            }

            string table = ZipfTable.Render(parse.GetValue(topWords), parse.GetValue(dats)!);
            if (path is null)
            {
                context.Output.Write(table);
            }
            else
            {
                AtomicFile.WriteAllText(path, table);
            }
        }));
        return command;
    }
}
