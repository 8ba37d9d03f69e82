using ParallelLab.Core.WordCount;

namespace ParallelLab.Cli.Commands;

/// <summary><c>parallellab wordcount BOOK OUT.dat [MIN_LENGTH]</c>, the drop-in for <c>python wordcount.py</c>.</summary>
internal static class WordCountCommand
{
    public static Command Create(CommandContext context)
    {
        var book = new Argument<string>("BOOK") { Description = "Plain-text book (UTF-8)." };
        var output = new Argument<string>("OUT") { Description = "The .dat file to write: 'word count percentage' per line, most frequent first." };
        var minLength = new Argument<int>("MIN_LENGTH")
        {
            // Any integer, as Python's int(): 1 or less keeps every word.
            Description = "Drop words shorter than this (in characters) before computing percentages.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => 1,
        };

        var command = new Command("wordcount", "Count the words of a book, as wordcount.py does.") { book, output, minLength };
        command.SetAction(parse => context.Guard(() =>
        {
            WordCountFiles.Write(parse.GetValue(book)!, parse.GetValue(output)!, parse.GetValue(minLength));
        }));
        return command;
    }
}
